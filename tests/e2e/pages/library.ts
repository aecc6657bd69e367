/**
 * The interview list as a library: search, status filter, and each
 * interview's actions, by role and accessible name.
 */
import type { Page } from 'playwright-core';

export type Filter = 'In progress' | 'Done' | 'Archived' | 'All';

export class Library {
  constructor(readonly page: Page) {}

  readonly search = () => this.page.getByRole('searchbox', { name: 'Search interviews', exact: true });
  readonly filter = (name: Filter) => this.page.getByRole('radio', { name, exact: true });
  /** Shows one status: the radios are visually hidden inside their labels (chips), so the label is what a user clicks. */
  async show(name: Filter): Promise<void> {
    await this.filter(name).locator('xpath=..').click();
    if (!(await this.filter(name).isChecked())) throw new Error(`filter ${name} did not become checked`);
  }
  readonly found = () => this.page.getByRole('list', { name: 'Interviews found', exact: true });
  readonly noMatch = () => this.page.getByText('No interviews match.', { exact: true });

  /** The candidates listed, in order (each item's first line). */
  async names(): Promise<string[]> {
    if ((await this.found().count()) === 0) return [];
    return (await this.found().locator('.list-name').allTextContents()).map((t) => t.trim());
  }

  /** The row's own button, which opens the interview (named by its candidate, then role and date). */
  readonly row = (name: string) => this.found().getByRole('button', { name: new RegExp(`^${name} `) });
  readonly actionsFor = (name: string) => this.page.getByRole('button', { name: `Actions for ${name}`, exact: true });
  readonly actionGroup = (name: string) => this.page.getByRole('group', { name: `Actions for ${name}`, exact: true });
  readonly action = (
    name: string,
    action: 'Rename' | 'Mark done' | 'Mark in progress' | 'Archive' | 'Unarchive' | 'Export' | 'Delete',
  ) => this.actionGroup(name).getByRole('button', { name: action, exact: true });

  /** Opens an interview's actions and presses one. */
  async act(name: string, action: Parameters<Library['action']>[1]): Promise<void> {
    if ((await this.actionGroup(name).count()) === 0) await this.actionsFor(name).click();
    await this.action(name, action).click();
  }

  readonly renameForm = (name: string) => this.page.getByRole('form', { name: `Rename ${name}`, exact: true });
  async rename(name: string, candidate: string, role: string): Promise<void> {
    await this.act(name, 'Rename');
    const form = this.renameForm(name);
    await form.getByRole('textbox', { name: 'Candidate name', exact: true }).fill(candidate);
    await form.getByRole('textbox', { name: 'Role', exact: true }).fill(role);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
  }

  readonly undo = () => this.page.getByRole('button', { name: 'Undo', exact: true });
}
