/**
 * The call parts of the panel, by accessible role and name: the banner on the
 * list, "Link to this call" in the form, and the "Call ended" view.
 */
import type { Page } from 'playwright-core';

export class CallParts {
  constructor(readonly page: Page) {}

  readonly banner = () => this.page.getByRole('region', { name: 'This call', exact: true });
  /** "Next to Google Meet abc-defg-hij". */
  readonly nextTo = (label: string) => this.banner().getByText(`Next to ${label}`, { exact: true });
  readonly startForCall = () => this.page.getByRole('button', { name: 'Start interview for this call', exact: true });
  readonly resumeWith = (candidate: string) =>
    this.page.getByRole('button', { name: `Resume interview with ${candidate}`, exact: true });
  readonly startAnother = () => this.page.getByRole('button', { name: 'Start another for this call', exact: true });
  readonly linkToCall = () => this.page.getByRole('checkbox', { name: 'Link to this call', exact: true });

  readonly callEnded = () => this.page.getByRole('heading', { name: 'Call ended', exact: true });
  readonly preview = () => this.page.getByRole('region', { name: 'Summary preview', exact: true });
  readonly markAsDone = () => this.page.getByRole('button', { name: 'Mark as done', exact: true });
  readonly backToNotes = () => this.page.getByRole('button', { name: 'Back to notes', exact: true });
}
