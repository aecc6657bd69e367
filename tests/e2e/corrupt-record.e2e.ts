/**
 * Stored data that fails validation is reported, kept aside exactly as it was,
 * and never written over, whatever the interviewer does in the panel.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

test('a corrupt interview record is reported and left byte for byte', async () => {
  const corrupt = { schema: 1, id: 'broken-1', fields: 'nope' };
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
