/**
 * "Copy for the candidate" and its preview (issue 20), and the options that
 * word it, by role and accessible name.
 */
import type { Page } from 'playwright-core';

export class CandidateMessage {
  constructor(readonly page: Page) {}

  readonly open = () => this.page.getByRole('button', { name: 'Copy for the candidate', exact: true });
  readonly dialog = () => this.page.getByRole('dialog', { name: 'Message for the candidate', exact: true });
  readonly preview = () => this.dialog().getByRole('region', { name: 'The message, as it will be pasted', exact: true });
  readonly obstacles = () =>
    this.dialog().getByRole('checkbox', { name: 'Include what gets in the way (their obstacles)', exact: true });
  readonly copy = () => this.dialog().getByRole('button', { name: 'Copy message', exact: true });
  readonly close = () => this.dialog().getByRole('button', { name: 'Close', exact: true });

  /** The preview's HTML as the browser serialises it (comparable with the clipboard's, parsed again). */
  previewHtml(): Promise<string> {
    return this.preview().innerHTML();
  }
}

/** The options page's "Message for the candidate" section. */
export class CandidateWording {
  constructor(readonly page: Page) {}

  readonly section = () => this.page.getByRole('region', { name: 'Message for the candidate', exact: true });
  readonly greeting = () => this.section().getByRole('textbox', { name: 'Greeting', exact: true });
  readonly signOff = () => this.section().getByRole('textbox', { name: 'Sign-off', exact: true });
  readonly save = () => this.section().getByRole('button', { name: 'Save greeting and sign-off', exact: true });
}
