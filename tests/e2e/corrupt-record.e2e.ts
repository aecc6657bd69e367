/**
 * Stored data that fails validation is reported, kept aside exactly as it was,
 * and never written over, whatever the interviewer does in the panel.
 */
import { readFile } from 'node:fs/promises';
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

test('a corrupt interview record is reported and left byte for byte', async () => {
  const corrupt = { schema: 2, id: 'broken-1', fields: 'nope' };
  const entry = { id: 'broken-1', candidate: 'Broken Record', role: 'Tester', createdAt: 1_700_000_000_000 };
  await h.storage.write({ index: { schema: 1, entries: { 'broken-1': entry } }, 'interview:broken-1': corrupt });
  const before = await h.storage.read();

  const p = new Panel(await h.openPanel());
  await p.interviewItem('Broken Record', 'Tester').click();
  await p.cannotOpen().waitFor();
  await p.cannotRead().waitFor();
  // Nothing to type into or step through: no steps, no fields, no copy.
  expect(await p.steps().count()).toBe(0);
  expect(await p.page.getByRole('textbox').count()).toBe(0);
  expect(await p.copySummary().count()).toBe(0);

  // Try anyway: typing, the details, back to the list, open it again, reload.
  await p.page.keyboard.type('typing into nothing');
  await p.problemDetails().click();
  await expect.poll(() => p.page.getByText('interview:broken-1').isVisible()).toBe(true);
  await p.backToList().click();
  await p.interviewItem('Broken Record').click();
  await p.cannotOpen().waitFor();
  await p.page.reload();
  await p.interviewItem('Broken Record').click();
  await p.cannotOpen().waitFor();

  // A valid interview created beside it does not touch it either.
  await p.backToList().click();
  await p.create('Valid Person', 'Engineer');
  await p.differenceNote().fill('saved next to the broken one');
  await expect.poll(async () => JSON.stringify(await h.storage.read())).toContain('saved next to the broken one');

  const after = await h.storage.read();
  // Storage keeps object keys in its own order, so "as it was" is what was read back before the panel opened.
  expect(JSON.stringify(after['interview:broken-1'])).toBe(JSON.stringify(before['interview:broken-1']));
  expect(after['interview:broken-1']).toEqual(corrupt);
  expect(h.errors).toEqual([]);
});

test('a corrupt index is reported on the list and not written over', async () => {
  await h.storage.write({ index: 42 });

  const p = new Panel(await h.openPanel());
  await p.listHeading().waitFor();
  await p.cannotRead().waitFor();

  // Starting an interview still works, but the index is left alone and the status says so.
  await p.create('Ida Rhodes', 'Analyst');
  await p.differenceNote().fill('kept in its own record');
  await expect.poll(() => p.status().textContent()).toContain('the list could not be updated');
  await expect.poll(async () => JSON.stringify(await h.storage.read())).toContain('kept in its own record');
  expect((await h.storage.read()).index).toBe(42);

  // On the next visit the list is rebuilt from the records, and the problem is still reported.
  await p.page.reload();
  await p.interviewItem('Ida Rhodes', 'Analyst').waitFor();
  await p.cannotRead().waitFor();
  await p.interviewItem('Ida Rhodes', 'Analyst').click();
  await expect.poll(() => p.differenceNote().inputValue()).toBe('kept in its own record');
  expect((await h.storage.read()).index).toBe(42);
  expect(h.errors).toEqual([]);
});

test('Undo onto a record written unreadable meanwhile: the deleted interview stays offered for export, never over it', async () => {
  const p = new Panel(await h.openPanel());
  const lib = new Library(p.page);
  await p.create('Ada Lovelace', 'Engineer');
  await p.differenceNote().fill('what she said');
  await p.backToList().click();
  const id = await p.page.locator('li[data-id]').getAttribute('data-id');
  await lib.act('Ada Lovelace', 'Delete');
  await expect.poll(() => lib.names()).toEqual([]);
  // Another version of the extension writes something this one cannot read under the same key.
  await h.storage.write({ [`interview:${id}`]: { schema: 99 } });
  await lib.undo().focus();
  await p.page.keyboard.press('Enter');
  const exportIt = p.page.getByRole('button', { name: 'Export deleted interview', exact: true });
  await exportIt.waitFor();
  await expect.poll(() => p.status().textContent()).toMatch(/^Could not restore the interview with Ada Lovelace/);
  // The way to keep it has the focus its Undo button had; Enter saves it as a file with the words in it.
  expect(await exportIt.evaluate((el) => el === document.activeElement)).toBe(true);
  const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.keyboard.press('Enter')]);
  const file = await download.path().then((path) => readFile(path, 'utf8'));
  expect(file).toContain('what she said');
  expect((await h.storage.read())[`interview:${id}`]).toEqual({ schema: 99 });
  await p.page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  expect(await exportIt.count()).toBe(0);
});

test('an interview whose script this panel does not have is shown as not available, and never written', async () => {
  const T = 1_790_000_000_000;
  const foreign = {
    schema: 2,
    id: 'foreign-1',
    scriptId: 'behavioural-screen',
    createdAt: T,
    fields: {
      candidate: { v: 'Grace Hopper', t: T },
      role: { v: 'Engineer', t: T },
      'answer:situation/what': { v: 'Her own words, kept as they are', t: T + 1 },
    },
  };
  const entry = { id: 'foreign-1', candidate: 'Grace Hopper', role: 'Engineer', createdAt: T, status: 'active' };
  await h.storage.write({ index: { schema: 2, entries: { 'foreign-1': entry } }, 'interview:foreign-1': foreign });
  const before = await h.storage.read();

  const p = new Panel(await h.openPanel());
  await p.interviewItem('Grace Hopper', 'Engineer').click();
  await p.page.getByRole('heading', { name: "This interview's script is not available" }).waitFor();
  // Not the Reverse Interview's steps over its answers: no steps, no answer boxes, no copy.
  expect(await p.steps().count()).toBe(0);
  expect(await p.page.getByRole('textbox').count()).toBe(0);
  expect(await p.copySummary().count()).toBe(0);
  // The keyboard cannot move it to another script's step or start its timer either.
  for (const key of ['Alt+Shift+J', 'Alt+Shift+2', 'Alt+Shift+P', 'Alt+Shift+C']) await p.page.keyboard.press(key);
  await p.backToList().click();
  await p.interviewItem('Grace Hopper', 'Engineer').waitFor();
  await p.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
  expect(await h.storage.read()).toEqual(before);
  expect(h.errors).toEqual([]);
});
