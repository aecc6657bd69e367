/**
 * The options page's Insights section as a user and assistive technology see
 * it: every locator is a role and an accessible name.
 */
import type { Page } from 'playwright-core';
import { readDownload } from './options';

export class Insights {
  constructor(readonly page: Page) {}

  readonly section = () => this.page.getByRole('region', { name: 'Insights', exact: true });
  readonly heading = () => this.page.getByRole('heading', { name: 'Insights', exact: true });
  readonly progress = () => this.section().getByRole('progressbar', { name: 'Reading interviews', exact: true });
  readonly exportCsv = () => this.section().getByRole('button', { name: 'Export CSV', exact: true });
  readonly readAgain = () => this.section().getByRole('button', { name: 'Read interviews again', exact: true });
  readonly headline = () => this.section().locator('.insights-headline');
  readonly counting = () => this.section().getByText(/^Counting /);
  readonly leftOut = () => this.section().getByRole('list', { name: 'Interviews left out', exact: true }).getByRole('listitem');
  readonly chart = (title: string) => this.section().getByRole('img', { name: new RegExp(`^${title}: `) });
  readonly table = (title: string) => this.section().getByRole('table', { name: title, exact: true });

  readonly from = () => this.section().getByLabel('Created from', { exact: true });
  readonly to = () => this.section().getByLabel('Created to', { exact: true });
  readonly role = () => this.section().getByRole('combobox', { name: 'Role', exact: true });
  readonly status = () => this.section().getByRole('combobox', { name: 'Status', exact: true });

  /** A table's body rows, each as its cells' text (the row header first). */
  async rows(title: string): Promise<string[][]> {
    const rows = this.table(title).locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i += 1) {
      out.push((await rows.nth(i).locator('th, td').allTextContents()).map((t) => t.trim()));
    }
    return out;
  }

  /** Clicks "Export CSV" (or presses Enter on it) and returns the file's name and text. */
  async download(how: 'click' | 'keyboard' = 'click'): Promise<{ name: string; text: string }> {
    const press = async () => {
      if (how === 'click') return this.exportCsv().click();
      await this.exportCsv().focus();
      await this.page.keyboard.press('Enter');
    };
    const [file] = await Promise.all([this.page.waitForEvent('download'), press()]);
    return { name: file.suggestedFilename(), text: await readDownload(file) };
  }
}

/** RFC 4180 text as rows of fields (quoted fields, doubled quotes, CRLF), written apart from the code under test. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}
