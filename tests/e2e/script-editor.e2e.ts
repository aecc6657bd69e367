/**
 * The script editor (issue 18): "Make a copy" of the Reverse Interview,
 * edited from the keyboard, saved as typed, checked as you type, and run in
 * the panel as a script of your own.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Panel } from './pages/panel';
import { clearClipboard, readClipboard } from './pages/summary';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const POLL = { timeout: 15_000 };

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  await page.getByRole('heading', { name: 'Scripts', exact: true }).waitFor();
  return page;
}

const editorOf = (page: Page) => page.getByRole('region', { name: /^Editing “/ });
const stepOf = (editor: Locator, n: number) => editor.getByRole('region', { name: new RegExp(`^Step ${n}:`) });
const storedDrafts = async () =>
  ((await h.storage.read()).scriptDrafts as { drafts: Record<string, unknown> } | undefined)?.drafts ?? {};

test('"Make a copy" of the Reverse Interview: an arena renamed and the limit set to 3 run in the panel', async () => {
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const options = await openOptions();
  await options.getByRole('button', { name: 'Make a copy', exact: true }).click();
  const editor = editorOf(options);
  await editor.waitFor();
  // The copy is stored as a draft at once: closing the page now would lose nothing.
  await expect.poll(async () => Object.keys(await storedDrafts()), POLL).toEqual(['reverse-interview-copy']);
  expect(await editor.getByRole('heading', { level: 4, name: 'No problems: ready to save' }).count()).toBe(1);

  await editor.getByRole('textbox', { name: 'Script name', exact: true }).fill('Reverse Interview for support');
  const arenas = stepOf(editor, 2);
  await arenas.getByRole('textbox', { name: 'Arena 2', exact: true }).fill('Customer empathy');
  await arenas.getByRole('spinbutton', { name: 'Arena limit', exact: true }).fill('3');

  // A problem is said as it is typed, where it is, and on the field itself.
  const title = stepOf(editor, 3).getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('');
  await editor.getByRole('button', { name: 'Step 3: the title is empty.', exact: true }).waitFor();
  expect(await title.getAttribute('aria-invalid')).toBe('true');
  await editor.getByRole('button', { name: 'Save script', exact: true }).click();
  await expect.poll(() => editor.locator('.options-status').textContent(), POLL).toMatch(/^Not saved as a version: one problem/);
  expect(Object.keys(await h.storage.read()).filter((k) => k.startsWith('script:'))).toEqual([]);
  // Its button takes the keyboard to the field.
  await editor.getByRole('button', { name: 'Step 3: the title is empty.', exact: true }).click();
  await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
  await options.keyboard.type('Current reality');
  await editor.getByRole('heading', { level: 4, name: 'No problems: ready to save' }).waitFor();

  // The draft holds every keystroke before saving.
  await expect
    .poll(async () => JSON.stringify(await storedDrafts()), POLL)
    .toMatch(/"name":"Reverse Interview for support".*Customer empathy.*"maxArenas":3/);

  await editor.getByRole('button', { name: 'Save script', exact: true }).click();
  await expect
    .poll(() => editor.locator('.options-status').textContent(), POLL)
    .toMatch(/^Saved “Reverse Interview for support”, version 1\./);
  expect(await storedDrafts()).toEqual({});
  await options.getByRole('list', { name: 'Scripts' }).getByText('Reverse Interview for support', { exact: true }).waitFor();

  // In the panel: three arenas at most, the renamed one in the summary under the copy's name.
  const p = new Panel(await h.openPanel());
  await p.newInterview().click();
  await p.candidateName().fill('Grace Hopper');
  await p.page.getByRole('combobox', { name: 'Script', exact: true }).selectOption({ label: 'Reverse Interview for support' });
  await p.startInterview().click();
  await p.steps().waitFor();
  await p.goTo(2);
  for (const arena of ['Technical growth', 'Customer empathy', 'Leadership growth']) await p.arena(arena).check();
  const fourth = p.arena('Personal development at work');
  await expect.poll(() => fourth.isDisabled()).toBe(true);
  expect(await p.page.getByText('Peer relationships and teamwork').count()).toBe(0);

  await p.page.bringToFront();
  await clearClipboard(p.page);
  await p.copySummary().click();
  await expect.poll(() => p.page.evaluate(() => navigator.clipboard.readText()), POLL).not.toBe('(empty)');
  const summary = (await readClipboard(p.page)).text;
  expect(summary).toMatch(/^Reverse Interview for support/);
  expect(summary).toContain('Arenas chosen: Technical growth; Customer empathy; Leadership growth');
  expect(h.errors).toEqual([]);
});

test('editing your own script: steps added, moved and removed with undo; a draft survives a reload; a new version leaves the old one', async () => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'New script', exact: true }).click();
  const editor = editorOf(options);
  await editor.waitFor();
  await editor.getByRole('textbox', { name: 'Script name', exact: true }).fill('Technical screen');
  const first = stepOf(editor, 1);
  await first.getByRole('textbox', { name: 'Title', exact: true }).fill('System design');
  await first.getByRole('textbox', { name: 'What to say', exact: true }).fill('Let us design something together.');
  await first.getByRole('textbox', { name: 'Question 1', exact: true }).fill('How would you shard this?');
  await first.getByRole('textbox', { name: 'Summary label of question 1', exact: true }).fill('Sharding');
  // Plain words, with where: an empty second question.
  await first.getByRole('button', { name: 'Add question', exact: true }).click();
  await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
  await editor.getByRole('button', { name: 'Step 1, question 2: the question is empty.', exact: true }).waitFor();
  await options.keyboard.type('What would you cache?');
  await first.getByRole('textbox', { name: 'Summary label of question 2', exact: true }).fill('Caching');

  // A second step, then moved above the first from the keyboard.
  await editor.getByRole('combobox', { name: 'Kind of step', exact: true }).selectOption({ label: 'Questions' });
  await editor.getByRole('button', { name: 'Add step', exact: true }).click();
  await expect
    .poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id))
    .toContain('steps-1-title');
  await options.keyboard.type('Warm-up');
  const second = stepOf(editor, 2);
  await second.getByRole('textbox', { name: 'What to say', exact: true }).fill('A few easy ones first.');
  await second.getByRole('textbox', { name: 'Question 1', exact: true }).fill('What did you build last?');
  await second.getByRole('textbox', { name: 'Summary label of question 1', exact: true }).fill('Last build');
  await second.getByRole('button', { name: 'Move step up', exact: true }).click();
  await expect.poll(() => stepOf(editor, 1).getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('Warm-up');

  // Removing a question, then undoing it: it comes back where it was.
  const design = stepOf(editor, 2);
  await design.getByRole('button', { name: 'Remove question 1', exact: true }).click();
  await expect
    .poll(() => design.getByRole('textbox', { name: 'Question 1', exact: true }).inputValue())
    .toBe('What would you cache?');
  await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Undo remove');
  await options.keyboard.press('Enter');
  await expect
    .poll(() => design.getByRole('textbox', { name: 'Question 1', exact: true }).inputValue())
    .toBe('How would you shard this?');

  // Saved as typed: a reload finds the draft, listed and opened again as it was.
  await expect.poll(async () => JSON.stringify(await storedDrafts()), POLL).toContain('What would you cache?');
  await options.reload();
  await options.getByRole('heading', { name: 'Scripts', exact: true }).waitFor();
  const listed = options.getByRole('listitem', { name: 'Technical screen' });
  await listed.getByText(/^Draft, not saved/).waitFor();
  await listed.getByRole('button', { name: 'Edit script', exact: true }).click();
  await expect
    .poll(() => stepOf(editor, 2).getByRole('textbox', { name: 'Question 2', exact: true }).inputValue())
    .toBe('What would you cache?');

  await editor.getByRole('button', { name: 'Save script', exact: true }).click();
  await expect.poll(() => editor.locator('.options-status').textContent(), POLL).toMatch(/version 1\./);

  // Version 2: a step removed (and the removal not undone).
  await stepOf(editor, 1).getByRole('button', { name: 'Remove step', exact: true }).click();
  await editor.getByRole('button', { name: 'Undo remove', exact: true }).waitFor();
  await editor.getByRole('button', { name: 'Save script', exact: true }).click();
  await expect.poll(() => editor.locator('.options-status').textContent(), POLL).toMatch(/version 2\./);
  const stored = await h.storage.read();
  const v1 = stored['script:technical-screen@1'] as { script: { steps: { title: string }[] } };
  const v2 = stored['script:technical-screen@2'] as { script: { steps: { title: string }[] } };
  expect(v1.script.steps.map((s) => s.title)).toEqual(['Warm-up', 'System design']);
  expect(v2.script.steps.map((s) => s.title)).toEqual(['System design']);
  expect(h.errors).toEqual([]);
});

test('pasted kit questions open in the editor before they are saved', async () => {
  const options = await openOptions();
  const kit = readFileSync(new URL('../fixtures/kits/ashby.txt', import.meta.url), 'utf8');
  await options.getByRole('textbox', { name: 'Paste interview questions', exact: true }).fill(kit);
  const preview = options.getByRole('region', { name: 'The script the pasted questions make', exact: true });
  await preview.getByRole('textbox', { name: 'Script name', exact: true }).fill('Platform screen');
  await preview.getByRole('button', { name: 'Edit before saving', exact: true }).click();
  const editor = editorOf(options);
  await editor.waitFor();
  expect(await editor.getByRole('textbox', { name: 'Script name', exact: true }).inputValue()).toBe('Platform screen');
  // Nothing is a version yet: only the draft is stored.
  expect(Object.keys(await h.storage.read()).filter((k) => k.startsWith('script:'))).toEqual([]);
  const first = stepOf(editor, 1);
  await first.getByRole('textbox', { name: 'Title', exact: true }).fill('Warm-up');
  await editor.getByRole('button', { name: 'Save script', exact: true }).click();
  await expect.poll(() => editor.locator('.options-status').textContent(), POLL).toMatch(/^Saved “Platform screen”, version 1\./);
  const saved = (await h.storage.read())['script:platform-screen@1'] as { script: { steps: { title: string }[] } };
  expect(saved.script.steps[0]?.title).toBe('Warm-up');
  expect(h.errors).toEqual([]);
});
