/**
 * Two panels on one interview, typing interleaved keystroke by keystroke in
 * different fields: neither panel's writes may wipe out the other's (the
 * storage echo race the design names), on screen or in storage.
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

const candidate = 'Dorothy Vaughan';
const textA = 'Panel A writes FORTRAN every day and teaches it too.';
const textB = 'Panel B wants to learn distributed systems, slowly.';

test('interleaved typing in two panels keeps both texts', async () => {
  const a = new Panel(await h.openPanel());
  await a.create(candidate, 'Supervisor');
  await a.goTo(2);
  await a.arena('Technical growth').check();
  await a.goTo(3);

  const b = new Panel(await h.openPanel());
  await b.interviewItem(candidate).click();
  await b.goTo(3);

  const fieldA = (p: Panel) => p.grid('Technical growth', 'strengths');
  const fieldB = (p: Panel) => p.grid('Technical growth', 'learn');
  await fieldA(a).focus();
  await fieldB(b).focus();
  for (let i = 0; i < Math.max(textA.length, textB.length); i++) {
    if (textA[i]) await a.page.keyboard.type(textA[i] ?? '');
    if (textB[i]) await b.page.keyboard.type(textB[i] ?? '');
  }

  for (const p of [a, b]) {
    await expect.poll(() => fieldA(p).inputValue()).toBe(textA);
    await expect.poll(() => fieldB(p).inputValue()).toBe(textB);
  }

  // Storage converges on both texts in the one record.
  await expect
    .poll(async () => {
      const items = await h.storage.read();
      const { fields } = items[interviewKey(items)] as { fields: Record<string, { v: unknown }> };
      return [fields['grid:reality:technical:strengths']?.v, fields['grid:reality:technical:learn']?.v];
    })
    .toEqual([textA, textB]);

  // And both survive a reload of both panels.
  for (const p of [a, b]) {
    await p.page.reload();
    await p.interviewItem(candidate).click();
    await expect.poll(() => fieldA(p).inputValue()).toBe(textA);
    await expect.poll(() => fieldB(p).inputValue()).toBe(textB);
  }
  expect(h.errors).toEqual([]);
});

/** The one interview record's key. */
function interviewKey(items: Record<string, unknown>): string {
  const keys = Object.keys(items).filter((k) => k.startsWith('interview:'));
  expect(keys).toHaveLength(1);
  return keys[0] ?? '';
}
