/**
 * Export → "Erase all data" → import (issue #3): every interview comes back
 * with every field exactly as it was; the preview says what will be added,
 * updated or skipped and why; bad files change nothing.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, indexEntries, launch } from './harness';
import { Options } from './pages/options';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

type Record_ = { id: string; fields: Record<string, { v: unknown; t: number }> };

async function records(): Promise<Map<string, Record_>> {
  const items = await h.storage.read();
  return new Map(
    Object.entries(items)
      .filter(([k]) => k.startsWith('interview:'))
      .map(([k, v]) => [k, v as Record_]),
  );
}

test('export, erase all, import: every interview and field comes back; preview and error paths', async () => {
  // Three interviews with text worth keeping: accents, emoji, line breaks, a checked arena, a grid answer.
  const p = new Panel(await h.openPanel());
  await p.create('Émilie du Châtelet', 'Physicist', 'https://ats.example/c/1');
  await p.differenceNote().fill('Line one\nLine two — “quoted” 🙂');
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.goTo(3);
  await p.grid('Technical growth', 'learn').fill('Newtonian mechanics, in French');
  await p.backToList().click();
  await p.create('Hedy Lamarr', 'Inventor');
  await p.explained().check();
  await p.backToList().click();
  await p.create('Chien-Shiung Wu', 'Experimental physicist');
  await p.backToList().click();
  await expect.poll(async () => (await records()).size).toBe(3);
  await expect.poll(async () => JSON.stringify([...(await records()).values()])).toContain('Newtonian mechanics, in French');
  // Each record and its index entry are written apart: wait for the index to list all three as well.
  await expect.poll(async () => Object.keys(indexEntries(await h.storage.read())).length).toBe(3);
  const before = await records();
  const indexBefore = indexEntries(await h.storage.read());

  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  const o = new Options(page);
  await expect.poll(() => o.countText().textContent()).toMatch(/^3 interviews are kept/);
  const exported = await o.download(() => o.exportAll().click());
  expect(exported.name).toMatch(/^reverse-interview-interviews-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'reverse-interview-export', version: 1 });

  // Erase asks first; Cancel keeps everything.
  await o.eraseAll().click();
  await o.eraseDialog().waitFor();
  await o.cancelErase().click();
  expect((await records()).size).toBe(3);
  await o.eraseAll().click();
  await o.confirmErase().click();
  await expect.poll(() => o.status().textContent()).toBe('All data was erased.');
  expect(await h.storage.read()).toEqual({});
  await expect.poll(() => o.countText().textContent()).toMatch(/^0 interviews are kept/);
  // The open panel follows: its list is empty.
  await expect.poll(() => p.status().textContent()).toBe('All data was erased from the options page.');
  await expect.poll(() => p.page.getByRole('list', { name: 'Interviews found' }).count()).toBe(0);

  // Error paths: not JSON, not an export, an entry that fails validation (with its path). Nothing changes.
  await o.chooseImport('notes.txt', 'these are not JSON');
  await expect
    .poll(() => o.importRefused().textContent())
    .toMatch(/^notes\.txt: The file is not valid JSON .+ Nothing was changed\./);
  await o.page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await o.chooseImport('other.json', '{"format":"someone-else","version":1}');
  await expect
    .poll(() => o.importRefused().textContent())
    .toMatch(/This is not a Reverse Interview export: format: expected one of "reverse-interview-export"/);
  await o.page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  const damaged = JSON.parse(exported.text) as { interviews: Record<string, unknown>[] };
  (damaged.interviews[1] as { fields: unknown }).fields = { candidate: { v: 42, t: 1 } };
  await o.chooseImport('damaged.json', JSON.stringify(damaged));
  const rows = await o.planRows();
  expect(rows.map((r) => r[1])).toEqual(['Add', 'Skip', 'Add']);
  expect(await o.confirmImport().textContent()).toBe('Import 2 interviews');
  expect(rows[1]?.[2]).toMatch(/^invalid: interviews\.1\.fields\.candidate\.v: /);
  await o.cancelImport().click();
  expect(await h.storage.read()).toEqual({});

  // The real file: three to add, then imported.
  await o.chooseImport(exported.name, exported.text);
  // In the file's order (storage's order at export), so compared sorted.
  expect((await o.planRows()).sort()).toEqual([
    ['Chien-Shiung Wu', 'Add', 'new'],
    ['Hedy Lamarr', 'Add', 'new'],
    ['Émilie du Châtelet', 'Add', 'new'],
  ]);
  await o.confirmImport().click();
  await expect.poll(() => o.status().textContent()).toBe(`Imported ${exported.name}: 3 added, 0 updated, 0 skipped.`);

  // Byte for byte, field by field.
  const after = await records();
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [key, was] of before) {
    const now = after.get(key);
    expect(now?.fields, key).toEqual(was.fields);
    for (const [name, field] of Object.entries(was.fields))
      expect(JSON.stringify(now?.fields[name]), `${key} ${name}`).toBe(JSON.stringify(field));
  }
  expect(indexEntries(await h.storage.read())).toEqual(indexBefore);

  // Importing the same file again changes nothing and says why.
  await o.chooseImport(exported.name, exported.text);
  expect((await o.planRows()).map((r) => r[1])).toEqual(['Skip', 'Skip', 'Skip']);
  expect(await o.confirmImport().isDisabled()).toBe(true);
  await o.cancelImport().click();

  // And the panel lists them again.
  await p.page.reload();
  await p.interviewItem('Émilie du Châtelet', 'Physicist').click();
  await expect.poll(() => p.currentStep()).toEqual([3]);
  expect(await p.grid('Technical growth', 'learn').inputValue()).toBe('Newtonian mechanics, in French');
  await p.goTo(1);
  expect(await p.differenceNote().inputValue()).toBe('Line one\nLine two — “quoted” 🙂');
  expect(h.errors).toEqual([]);
});
