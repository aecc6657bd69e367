/**
 * Quarantine you can see (issue #3): records that fail validation are listed
 * in the panel and in the options page (count, when, why), exported as raw
 * JSON exactly as stored, and never written over.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Options } from './pages/options';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const T = 1_790_000_000_000;
const entry = (id: string, candidate: string) => ({ id, candidate, role: 'Tester', createdAt: T, status: 'active' });

test('corrupt records are quarantined: listed with when and why, exported raw, never overwritten', async () => {
  // One listed in the index but unreadable, one written by a "newer version" and missing from the index.
  const listed = { schema: 1, id: 'broken-1', scriptId: 'reverse-interview', createdAt: T, fields: { note: 'not stamped' } };
  const future = { schema: 7, id: 'future-1', anything: ['kept', 'as', 'is'] };
  await h.storage.write({
    index: { schema: 2, entries: { 'broken-1': entry('broken-1', 'Broken Record') } },
    'interview:broken-1': listed,
    'interview:future-1': future,
  });
  const before = await h.storage.read();

  // The panel: the one found at start-up is reported on the list; the listed one when it is opened.
  const p = new Panel(await h.openPanel());
  await p.cannotRead().waitFor();
  await p.problemDetails().click();
  await expect
    .poll(() => p.page.getByRole('listitem').filter({ hasText: 'interview:future-1' }).textContent())
    .toMatch(/newer version of the extension \(schema 7\)/);
  await p.interviewItem('Broken Record', 'Tester').click();
  await p.cannotOpen().waitFor();
  await p.problemDetails().click();
  await expect
    .poll(() => p.page.getByRole('listitem').filter({ hasText: 'interview:broken-1' }).textContent())
    .toMatch(/fields\.note: expected object/);

  // The options page checks every record on open: both are listed, with when and why.
  // The panel's notice leads there.
  const [page] = await Promise.all([
    h.context.waitForEvent('page'),
    p.page.getByRole('button', { name: 'Open the options page', exact: true }).click(),
  ]);
  await page.waitForURL(h.url('options.html'));
  const o = new Options(page);
  await o.quarantineHeading().waitFor();
  await expect.poll(() => o.quarantineCount().textContent()).toMatch(/^2 stored records could not be read\./);
  const items = await o.quarantineItems().allTextContents();
  expect(items).toHaveLength(2);
  expect(items.join('\n')).toMatch(/interview:broken-1, found .+: fields\.note: expected object/);
  expect(items.join('\n')).toMatch(/interview:future-1, found .+: \(root\): written by a newer version/);
  for (const item of await o.quarantineItems().all()) {
    const when = await item.locator('time').getAttribute('datetime');
    expect(Math.abs(Date.parse(when ?? '') - Date.now())).toBeLessThan(5 * 60_000);
  }

  // Exported exactly as stored.
  const file = await o.download(() => o.exportUnreadable().click());
  expect(file.name).toMatch(/^reverse-interview-unreadable-.+\.json$/);
  const raw = (JSON.parse(file.text) as { raw: Record<string, unknown> }).raw;
  expect(raw['interview:broken-1']).toEqual(before['interview:broken-1']);
  expect(raw['interview:future-1']).toEqual(before['interview:future-1']);

  // An import that carries the same id skips it and says why; the stored copy stays as it was.
  const incoming = {
    schema: 1,
    id: 'broken-1',
    scriptId: 'reverse-interview',
    createdAt: T,
    fields: { candidate: { v: 'Overwriter', t: T + 1 } },
  };
  await o.chooseImport(
    'overwrite.json',
    JSON.stringify({ format: 'reverse-interview-export', version: 1, exportedAt: 'x', interviews: [incoming] }),
  );
  expect(await o.planRows()).toEqual([['Overwriter', 'Skip', 'the stored copy could not be read and is kept as it is']]);
  await expect.poll(() => o.confirmImport().textContent()).toBe('Nothing to import');
  await o.cancelImport().click();

  const after = await h.storage.read();
  expect(JSON.stringify(after['interview:broken-1'])).toBe(JSON.stringify(before['interview:broken-1']));
  expect(JSON.stringify(after['interview:future-1'])).toBe(JSON.stringify(before['interview:future-1']));
  expect(h.errors).toEqual([]);
});

test('two records found unreadable at once in the panel both reach the log of unreadable data', async () => {
  // The panel reads the index and the catalogue at start-up, from one prefetch: both are found unreadable in
  // the same moment. One log per page: two writers of the log would each add their entry to the log they read,
  // and the second write would drop the first's.
  await h.storage.write({
    index: { schema: 2, entries: { ok: entry('ok', 'Readable'), bad: { id: 'bad', candidate: 7 } } },
    'interview:ok': { schema: 1, id: 'ok', scriptId: 'reverse-interview', createdAt: T, fields: {} },
    catalogue: { schema: 1, offerings: 'not a list' },
  });
  const p = new Panel(await h.openPanel());
  await p.cannotRead().waitFor();
  await expect
    .poll(async () => Object.keys(((await h.storage.read()).quarantine as { items?: object } | undefined)?.items ?? {}).sort())
    .toEqual(['catalogue', 'index.entries.bad']);
  // And nothing more arrives later to fill the gap.
  await p.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
  const items = ((await h.storage.read()).quarantine as { items: object }).items;
  expect(Object.keys(items).sort()).toEqual(['catalogue', 'index.entries.bad']);
  expect(h.errors).toEqual([]);
});
