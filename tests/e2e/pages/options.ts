/**
 * The options page's data section as a user and assistive technology see it:
 * every locator is a role and an accessible name.
 */
import type { Download, Page } from 'playwright-core';

export class Options {
  constructor(readonly page: Page) {}

  readonly status = () => this.page.getByRole('status');
  readonly dataHeading = () => this.page.getByRole('heading', { name: 'Your data', exact: true });
  /** "3 interviews are kept in this browser's …" */
  readonly countText = () => this.page.getByText(/(One interview is|\d+ interviews are) kept in this browser/);

  // Export: the first "Export all interviews" is the section's own; the erase confirmation offers another.
  readonly exportAll = () => this.page.getByRole('button', { name: 'Export all interviews', exact: true }).first();

  // Import.
  readonly importFile = () => this.page.getByLabel('Import a file exported from Reverse Interview', { exact: true });
  readonly importPlan = () => this.page.getByRole('region', { name: 'What the import will do', exact: true });
  /** Rows of the preview table: [interview, action, why]. */
  async planRows(): Promise<string[][]> {
    await this.importPlan().waitFor();
    const rows = this.importPlan().getByRole('row');
    const out: string[][] = [];
    for (let i = 1; i < (await rows.count()); i++) {
      out.push((await rows.nth(i).getByRole('cell').allTextContents()).map((t) => t.trim()));
    }
    return out;
  }
  readonly confirmImport = () => this.importPlan().getByRole('button', { name: /^(Import \d+ interviews?|Nothing to import)$/ });
  readonly cancelImport = () => this.page.getByRole('button', { name: 'Cancel import', exact: true });
  readonly importRefused = () => this.page.getByRole('alert');

  // Retention.
  readonly retentionOn = () =>
    this.page.getByRole('checkbox', { name: 'Delete interviews automatically when they get old', exact: true });
  readonly retentionDays = () => this.page.getByRole('spinbutton', { name: 'Delete interviews older than (days)' });
  readonly saveRetention = () => this.page.getByRole('button', { name: 'Save retention', exact: true });
  readonly exportFirst = () => this.page.getByRole('button', { name: 'Export first', exact: true });

  // Unreadable data (quarantine).
  readonly quarantineHeading = () => this.page.getByRole('heading', { name: 'Unreadable data', exact: true });
  readonly quarantineCount = () => this.page.getByText(/^(One stored record|\d+ stored records) could not be read\./);
  readonly quarantineItems = () => this.page.getByRole('list', { name: 'Unreadable records', exact: true }).getByRole('listitem');
  readonly exportUnreadable = () => this.page.getByRole('button', { name: 'Export unreadable data', exact: true });

  // Erase.
  readonly eraseAll = () => this.page.getByRole('button', { name: 'Erase all data', exact: true });
  readonly eraseDialog = () => this.page.getByRole('alertdialog', { name: 'Erase every interview and setting in this browser?' });
  readonly confirmErase = () => this.eraseDialog().getByRole('button', { name: 'Yes, erase everything', exact: true });
  readonly cancelErase = () => this.eraseDialog().getByRole('button', { name: 'Cancel', exact: true });

  /** Clicks a control that downloads a file and returns the file's text. */
  async download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), click()]);
    return { name: file.suggestedFilename(), text: await readDownload(file) };
  }

  /** Chooses a file for import, as the file picker would. */
  async chooseImport(name: string, text: string): Promise<void> {
    await this.importFile().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
}

export async function readDownload(file: Download): Promise<string> {
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
