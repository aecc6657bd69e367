/**
 * The options page's offerings catalogue and step 5's suggestions, by role and
 * accessible name, like the panel's page object.
 */
import type { Locator, Page } from 'playwright-core';

export interface OfferingInput {
  name: string;
  kind: 'People' | 'Resources' | 'Opportunities';
  description?: string;
  modes?: string[];
  arenas?: string[];
  tags?: string;
  link?: string;
}

export class CatalogueOptions {
  constructor(readonly page: Page) {}

  readonly section = () => this.page.getByRole('region', { name: 'Offerings catalogue', exact: true });
  readonly addOffering = () => this.section().getByRole('button', { name: 'Add an offering', exact: true });
  readonly loadExample = () => this.section().getByRole('button', { name: 'Load example catalogue', exact: true });
  readonly yours = () => this.section().getByRole('list', { name: 'Your offerings', exact: true });
  readonly fromOrganisation = () => this.section().getByRole('list', { name: 'Offerings from your organisation', exact: true });
  readonly offering = (name: string) => this.section().getByRole('listitem', { name, exact: true });
  readonly button = (offering: string, name: 'Edit' | 'Move up' | 'Move down' | 'Delete') =>
    this.offering(offering).getByRole('button', { name, exact: true });
  readonly undoDelete = () => this.section().getByRole('button', { name: 'Undo delete', exact: true });
  readonly importFile = () => this.section().getByLabel('Import a catalogue file', { exact: true });
  readonly unreadable = () => this.section().getByRole('alert');

  /** The names in "Your offerings", in order. */
  async names(): Promise<string[]> {
    return this.yours().locator(':scope > li .offering-name').allTextContents();
  }

  async add(input: OfferingInput): Promise<void> {
    await this.addOffering().click();
    const form = this.section().getByRole('form', { name: 'New offering', exact: true });
    await fill(form, input);
    await form.getByRole('button', { name: 'Add offering', exact: true }).click();
    await this.offering(input.name).waitFor();
  }
}

async function fill(form: Locator, input: OfferingInput): Promise<void> {
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(input.name);
  await form.getByRole('group', { name: 'Kind', exact: true }).getByRole('radio', { name: input.kind, exact: true }).check();
  if (input.description) {
    await form.getByRole('textbox', { name: 'Description the interviewer can read out', exact: true }).fill(input.description);
  }
  for (const mode of input.modes ?? []) {
    await form
      .getByRole('group', { name: 'Growth modes it serves', exact: true })
      .getByRole('checkbox', { name: mode, exact: true })
      .check();
  }
  for (const arena of input.arenas ?? []) {
    await form
      .getByRole('group', { name: 'Arenas it fits', exact: true })
      .getByRole('checkbox', { name: arena, exact: true })
      .check();
  }
  if (input.tags) await form.getByRole('textbox', { name: 'Tags, separated by commas (optional)', exact: true }).fill(input.tags);
  if (input.link) await form.getByRole('textbox', { name: 'Link (optional)', exact: true }).fill(input.link);
}

/** Step 5's catalogue parts inside one need's region. */
export class Suggestions {
  constructor(readonly page: Page) {}

  readonly need = (need: string) => this.page.getByRole('region', { name: need, exact: true });
  readonly suggestion = (need: string, offering: string) =>
    this.need(need).getByRole('listitem', { name: offering, exact: true });
  readonly accept = (need: string, offering: string) =>
    this.suggestion(need, offering).getByRole('button', { name: `Accept ${offering}`, exact: true });
  readonly reject = (need: string, offering: string) =>
    this.suggestion(need, offering).getByRole('button', { name: `Reject ${offering}`, exact: true });
  readonly reasons = (need: string, offering: string) =>
    this.suggestion(need, offering).getByRole('list', { name: `Why ${offering} is suggested`, exact: true });
  readonly honesty = (need: string) => this.need(need).getByRole('note');
  readonly recordGap = (need: string) =>
    this.need(need).getByRole('checkbox', { name: 'Record this gap in the summary', exact: true });
}
