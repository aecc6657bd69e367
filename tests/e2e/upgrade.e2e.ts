/**
 * An interview saved by the previous version (schema 1, before step kinds
 * scoped their fields, issue 17) opens with every answer where it was, and
 * the next keystroke saves it in the current layout, nothing lost.
 */
import { readFileSync } from 'node:fs';
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

interface Stored {
  schema: number;
  fields: Record<string, { v: string | boolean; t: number }>;
}

test('an interview saved by the previous version opens with its answers in place and is saved in the current layout', async () => {
  const v1 = JSON.parse(readFileSync(new URL('../fixtures/storage/interview-v1.json', import.meta.url), 'utf8')) as Stored & {
    id: string;
    createdAt: number;
  };
  const value = (key: string) => String(v1.fields[key]?.v);
  const entry = { id: v1.id, candidate: value('candidate'), role: value('role'), createdAt: v1.createdAt, status: 'active' };
  await h.storage.write({ index: { schema: 2, entries: { [v1.id]: entry } }, [`interview:${v1.id}`]: v1 });

  const p = new Panel(await h.openPanel());
  await p.interviewItem(value('candidate')).click();
  await p.steps().waitFor();
  // Opening it reads it; nothing is written until something changes.
  expect((await h.storage.read())[`interview:${v1.id}`]).toEqual(v1);
  await p.goTo(2);
  expect(await p.arena('Technical growth').isChecked()).toBe(true);
  expect(await p.arena('Public speaking').isChecked()).toBe(true);
  await p.goTo(3);
  expect(await p.grid('Technical growth', 'learn').inputValue()).toBe(value('grid:technical:learn'));
  await p.goTo(4);
  expect(await p.preferred('Mentoring').isChecked()).toBe(true);
  await p.goTo(5);
  // The need they wanted discussed is open, with its "nothing to offer" tick as it was.
  expect(await p.noOffer('Leadership growth — Wants to learn or improve').isChecked()).toBe(true);

  await p.reaction().fill(`${value('answer:match:reaction')} And one more thing.`);
  await expect.poll(async () => ((await h.storage.read())[`interview:${v1.id}`] as Stored).schema).toBe(2);
  const saved = (await h.storage.read())[`interview:${v1.id}`] as Stored;
  expect(saved.fields['grid:reality:technical:learn']?.v).toBe(value('grid:technical:learn'));
  expect(saved.fields['gap:match:growth/mentoring']?.v).toBe(true);
  expect(Object.keys(saved.fields).filter((k) => k.startsWith('grid:technical:'))).toEqual([]);
  // Every field of the old record is still there, under its new name.
  expect(Object.keys(saved.fields)).toHaveLength(Object.keys(v1.fields).length);
  expect(h.errors).toEqual([]);
});
