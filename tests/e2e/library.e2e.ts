/**
 * The library (issue #3): search by candidate, role or answer text, filter
 * by status, rename, mark done, archive, resume, delete with undo.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Library } from './pages/library';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

test('search, filter, rename, archive, resume, delete with undo', async () => {
  const p = new Panel(await h.openPanel());
  const lib = new Library(p.page);
  await p.create('Margaret Hamilton', 'Software lead');
  await p.differenceNote().fill('Loves flight software and asynchronous executives');
  await p.backToList().click();
  await p.create('Frances Allen', 'Compiler engineer');
  await p.backToList().click();
  await p.create('Zoë Ng', 'Designer');
  await p.backToList().click();
  // Newest first.
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng', 'Frances Allen', 'Margaret Hamilton']);

  // Search: by name (accents folded), by role, by what was typed in an answer; nothing found.
  await lib.search().fill('zoe');
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng']);
  await lib.search().fill('compiler');
  await expect.poll(() => lib.names()).toEqual(['Frances Allen']);
  await lib.search().fill('asynchronous');
  await expect.poll(() => lib.names()).toEqual(['Margaret Hamilton']);
  await lib.search().fill('nobody at all');
  await lib.noMatch().waitFor();
  await lib.search().fill('');
  await expect.poll(() => lib.names()).toHaveLength(3);
  // An empty filter says which, not that a search found nothing.
  await lib.show('Archived');
  await p.page.getByText('No interviews under “Archived”.', { exact: true }).waitFor();
  await lib.show('In progress');

  // Rename (keyboard: the form takes focus), then mark done and archive.
  await lib.rename('Frances Allen', 'Fran Allen', 'Compiler researcher');
  await expect.poll(() => p.status().textContent()).toBe('Renamed to Fran Allen.');
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng', 'Fran Allen', 'Margaret Hamilton']);
  await lib.act('Fran Allen', 'Mark done');
  await expect.poll(() => p.status().textContent()).toBe('Marked as done.');
  await lib.act('Zoë Ng', 'Archive');
  await expect.poll(() => p.status().textContent()).toBe('Archived.');

  // The filter: in progress is the default view.
  await expect.poll(() => lib.names()).toEqual(['Margaret Hamilton']);
  await lib.show('Done');
  await expect.poll(() => lib.names()).toEqual(['Fran Allen']);
  await lib.show('Archived');
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng']);
  await lib.show('All');
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng', 'Fran Allen', 'Margaret Hamilton']);
  // Survives a reload: status and name are in storage.
  await p.page.reload();
  await lib.show('All');
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng', 'Fran Allen', 'Margaret Hamilton']);
  await lib.show('Done');
  await expect.poll(() => lib.names()).toEqual(['Fran Allen']);
  await lib.show('All');

  // Resume: the answer is there.
  await p.interviewItem('Margaret Hamilton').click();
  expect(await p.differenceNote().inputValue()).toBe('Loves flight software and asynchronous executives');
  expect(await p.page.locator('.iv-head').textContent()).not.toMatch(/Done|Archived/);
  await p.backToList().click();
  // A finished interview opens marked as such in its header.
  await p.interviewItem('Fran Allen').click();
  await p.explained().waitFor();
  expect(await p.page.locator('.iv-head').getByText('Done', { exact: true }).count()).toBe(1);
  await p.backToList().click();

  // Delete, then Undo: the same record comes back.
  const keyOf = async (name: string) => {
    const items = await h.storage.read();
    return Object.keys(items).find((k) => JSON.stringify(items[k]).includes(name) && k.startsWith('interview:')) ?? '';
  };
  const key = await keyOf('Margaret Hamilton');
  const record = (await h.storage.read())[key];
  await lib.act('Margaret Hamilton', 'Delete');
  await expect.poll(() => p.status().textContent()).toBe('Deleted the interview with Margaret Hamilton.');
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng', 'Fran Allen']);
  expect((await h.storage.read())[key]).toBeUndefined();
  await lib.undo().click();
  await expect.poll(() => lib.names()).toEqual(['Zoë Ng', 'Fran Allen', 'Margaret Hamilton']);
  // The same record, now written by this panel (another panel must not take the write for its own echo).
  const { writer: _was, ...restoredFields } = (await h.storage.read())[key] as Record<string, unknown>;
  const { writer: _before, ...recordFields } = record as Record<string, unknown>;
  expect(restoredFields).toEqual(recordFields);

  // Delete without undo: gone, from the list and from storage, and the offer expires.
  await lib.act('Zoë Ng', 'Delete');
  await expect.poll(() => lib.names()).toEqual(['Fran Allen', 'Margaret Hamilton']);
  await expect.poll(() => lib.undo().count(), { timeout: 15_000 }).toBe(0);
  expect(JSON.stringify(await h.storage.read())).not.toContain('Zoë Ng');
  expect(h.errors).toEqual([]);
});

test('keyboard users keep their place in the list: Escape, rename, archive and delete hand focus back to the list', async () => {
  const p = new Panel(await h.openPanel());
  const lib = new Library(p.page);
  for (const name of ['Ada Lovelace', 'Grace Hopper', 'Alan Kay']) {
    await p.create(name, 'Engineer');
    await p.backToList().click();
  }
  await expect.poll(() => lib.names()).toEqual(['Alan Kay', 'Grace Hopper', 'Ada Lovelace']);
  const focused = () => focusedName(p.page);

  // Escape closes the actions and returns to their button.
  await lib.actionsFor('Grace Hopper').focus();
  await p.page.keyboard.press('Enter');
  await lib.action('Grace Hopper', 'Rename').focus();
  await p.page.keyboard.press('Escape');
  expect(await lib.actionGroup('Grace Hopper').count()).toBe(0);
  await expect.poll(focused).toBe('Actions for Grace Hopper');
  // And from the "Actions for …" button itself.
  await p.page.keyboard.press('Enter');
  await expect.poll(() => lib.actionGroup('Grace Hopper').count()).toBe(1);
  await p.page.keyboard.press('Escape');
  expect(await lib.actionGroup('Grace Hopper').count()).toBe(0);
  await expect.poll(focused).toBe('Actions for Grace Hopper');
  // One row's actions at a time: moving on to another row's closes these.
  await p.page.keyboard.press('Enter');
  await lib.actionsFor('Alan Kay').click();
  await expect.poll(() => lib.actionGroup('Alan Kay').count()).toBe(1);
  expect(await lib.actionGroup('Grace Hopper').count()).toBe(0);
  await p.page.keyboard.press('Escape');
  await lib.actionsFor('Grace Hopper').focus();

  // Rename from the keyboard: Enter saves, and focus comes back to the row; Escape cancels.
  await p.page.keyboard.press('Enter');
  await lib.action('Grace Hopper', 'Rename').focus();
  await p.page.keyboard.press('Enter');
  await p.page.keyboard.press('ControlOrMeta+a');
  await p.page.keyboard.type('Grace B. Hopper');
  await p.page.keyboard.press('Enter');
  await expect.poll(() => lib.names()).toEqual(['Alan Kay', 'Grace B. Hopper', 'Ada Lovelace']);
  await expect.poll(focused).toBe('Actions for Grace B. Hopper');
  await p.page.keyboard.press('Enter');
  await lib.action('Grace B. Hopper', 'Rename').focus();
  await p.page.keyboard.press('Enter');
  await p.page.keyboard.type(' (not kept)');
  await p.page.keyboard.press('Escape');
  await expect.poll(focused).toBe('Actions for Grace B. Hopper');
  expect(await lib.names()).toEqual(['Alan Kay', 'Grace B. Hopper', 'Ada Lovelace']);

  // Archive under the "In progress" filter: the row leaves, focus goes to the row now in its place.
  await p.page.keyboard.press('Enter');
  await lib.action('Grace B. Hopper', 'Archive').focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(() => lib.names()).toEqual(['Alan Kay', 'Ada Lovelace']);
  await expect.poll(focused).toBe('Ada Lovelace');

  // Delete the last row: focus goes to the row above it; delete them all: to "New interview".
  await deleteByKeyboard(lib, 'Ada Lovelace');
  await expect.poll(() => lib.names()).toEqual(['Alan Kay']);
  await expect.poll(focused).toBe('Alan Kay');
  await deleteByKeyboard(lib, 'Alan Kay');
  await expect.poll(() => lib.names()).toEqual([]);
  await expect.poll(focused).toBe('New interview');
});

test('focus is never dropped to the top of the page: start, back, cancel, open and Undo each hand it on', async () => {
  const p = new Panel(await h.openPanel());
  const lib = new Library(p.page);
  const focused = () => focusedName(p.page);
  // Start from the keyboard: focus lands on step 1's heading.
  await p.newInterview().focus();
  await p.page.keyboard.press('Enter');
  await p.candidateName().fill('Ada Lovelace');
  await p.role().fill('Engineer');
  await p.role().press('Enter');
  await expect.poll(focused).toMatch(/^Step 1 of 5/);
  // Back to the list: on the interview just left, among others.
  await p.backToList().focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(focused).toBe('Ada Lovelace');
  await p.create('Grace Hopper', 'Engineer');
  await p.backToList().focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(focused).toBe('Grace Hopper');
  // Open a row from the keyboard: the step's heading again.
  await lib.row('Ada Lovelace').focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(focused).toMatch(/^Step 1 of 5/);
  await p.backToList().focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(focused).toBe('Ada Lovelace');
  // Cancel a new interview: "New interview" again. (On the way: an ATS "link" that is no web address is
  // accepted, and its hint says it stays plain text.)
  await p.newInterview().focus();
  await p.page.keyboard.press('Enter');
  await p.atsLink().fill('Req 4711');
  expect(await p.atsLink().getAttribute('aria-describedby')).toBeTruthy();
  await p.page.getByText('Not a web address (https://…): the summary keeps it as plain text, not a link.').waitFor();
  await p.atsLink().fill('https://ats.example/candidates/42');
  await p.page.getByText("Optional: the candidate's page in your ATS, kept in the summary.").waitFor();
  await p.page.getByRole('button', { name: 'Cancel' }).focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(focused).toBe('New interview');
  // Undo a delete: the restored row.
  await deleteByKeyboard(lib, 'Ada Lovelace');
  await expect.poll(() => lib.names()).toEqual(['Grace Hopper']);
  await lib.undo().focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(() => lib.names()).toEqual(['Grace Hopper', 'Ada Lovelace']);
  await expect.poll(focused).toBe('Ada Lovelace');
  // With an Undo offer still showing, leaving an interview still lands on its row.
  await deleteByKeyboard(lib, 'Ada Lovelace');
  await expect.poll(() => lib.names()).toEqual(['Grace Hopper']);
  await lib.row('Grace Hopper').focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(focused).toMatch(/^Step 1 of 5/);
  await p.backToList().focus();
  await p.page.keyboard.press('Enter');
  await expect.poll(focused).toBe('Grace Hopper');
});

/** What has the focus, as the tests name it: a row by its candidate, else a control by its name; 'body' when nothing. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return 'body';
    // A row's own button: its candidate's name (the first line).
    const name = el.querySelector('.list-name')?.textContent;
    return name ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
  });
}

/** Deletes from the keyboard: Enter on the row's "Actions for …", then on its Delete. */
async function deleteByKeyboard(lib: Library, name: string): Promise<void> {
  await lib.actionsFor(name).focus();
  await lib.page.keyboard.press('Enter');
  await lib.action(name, 'Delete').focus();
  await lib.page.keyboard.press('Enter');
}
