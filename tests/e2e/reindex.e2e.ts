/**
 * The index stays consistent with the records (issue #3): an interview whose
 * record was written but never listed (a panel closed between the two
 * writes, two panels raced on the index) is found and listed at start-up.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, indexEntries, launch } from './harness';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

test('a record missing from the index is re-indexed when the panel starts, with its answers', async () => {
  const t = Date.now() - 60_000;
  const listed = {
    schema: 2,
    id: 'listed-1',
    scriptId: 'reverse-interview',
    createdAt: t,
    fields: { candidate: { v: 'Listed Person', t }, role: { v: 'Analyst', t } },
  };
  const orphan = {
    schema: 1,
    id: 'orphan-1',
    scriptId: 'reverse-interview',
    createdAt: t + 1000,
    fields: {
      candidate: { v: 'Found Again', t: t + 1000 },
      role: { v: 'Archivist', t: t + 1000 },
      status: { v: 'done', t: t + 1001 },
      'answer:difference:note': { v: 'written, never listed', t: t + 1002 },
    },
  };
  await h.storage.write({
    index: {
      schema: 2,
      entries: { 'listed-1': { id: 'listed-1', candidate: 'Listed Person', role: 'Analyst', createdAt: t, status: 'active' } },
    },
    'interview:listed-1': listed,
    'interview:orphan-1': orphan,
  });

  const p = new Panel(await h.openPanel());
  await p.listHeading().waitFor();
  // Only the indexed interview at first: the repair waits a few seconds, so it delays neither the list nor the first click.
  expect(Object.keys(indexEntries(await h.storage.read()))).toEqual(['listed-1']);
  await expect
    .poll(async () => Object.keys(indexEntries(await h.storage.read())).sort(), { timeout: 15_000 })
    .toEqual(['listed-1', 'orphan-1']);
  // And the list shows it without a reload.
  await p.page.getByRole('radio', { name: 'All', exact: true }).locator('xpath=..').click();
  await p.interviewItem('Found Again', 'Archivist').waitFor();
  await p.page.getByRole('radio', { name: 'In progress', exact: true }).locator('xpath=..').click();
  // The v2 index this test stored was upgraded by that write (v3 keeps the entries as JSON text).
  expect((await h.storage.read()).index).toMatchObject({ schema: 3, entriesJson: expect.any(String) });
  expect(indexEntries(await h.storage.read())['orphan-1']).toEqual({
    id: 'orphan-1',
    candidate: 'Found Again',
    role: 'Archivist',
    createdAt: t + 1000,
    status: 'done',
  });
  // The record itself is not rewritten by the repair.
  expect((await h.storage.read())['interview:orphan-1']).toEqual(orphan);
  await p.page.getByRole('radio', { name: 'Done', exact: true }).locator('xpath=..').click();
  await p.interviewItem('Found Again', 'Archivist').click();
  expect(await p.differenceNote().inputValue()).toBe('written, never listed');
  expect(h.errors).toEqual([]);
});
