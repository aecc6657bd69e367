/**
 * Nothing typed is lost when the panel closes: the page is closed right after
 * the last keystroke, with no wait for the save, and a new panel shows every
 * character.
 */
import type { Locator } from 'playwright-core';
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

const candidate = 'Katherine Johnson';
const need = 'Technical growth — Wants to learn or improve';

/** Each round: the step to go to, the field to type in. */
const rounds: { step: number; field: (p: Panel) => Locator }[] = [
  { step: 1, field: (p) => p.differenceNote() },
  { step: 3, field: (p) => p.grid('Technical growth', 'strengths') },
  { step: 4, field: (p) => p.growthNotes() },
  { step: 5, field: (p) => p.offer(need, 'People') },
  { step: 5, field: (p) => p.reaction() },
  // Again at the end of the first field, which now holds round 0's text.
  { step: 1, field: (p) => p.differenceNote() },
];

test('closing the panel right after typing keeps every character', async () => {
  // One interview with a chosen arena and a need, so steps 3 and 5 have fields.
  const setup = new Panel(await h.openPanel());
  await setup.create(candidate, 'Mathematician');
  await setup.goTo(2);
  await setup.arena('Technical growth').check();
  await setup.goTo(3);
  await setup.grid('Technical growth', 'learn').fill('Orbital mechanics');
  await expect.poll(async () => JSON.stringify(await h.storage.read())).toContain('Orbital mechanics');
  await setup.page.close();

  for (const [i, round] of rounds.entries()) {
    const typed = ` round ${i}: "quoted" & <b>tagged</b> — ünïcödé ✓ ${'abcdefghij'.repeat(3)}.`;
    const p = await reopen(round.step);
    const field = round.field(p);
    // Step 5 folds the offer boxes until one holds text (issue 21).
    if (round.step === 5 && (await field.count()) === 0) await p.showOffers(need);
    const before = await field.inputValue();
    await field.click();
    await p.page.keyboard.press('Control+End');
    await p.page.keyboard.type(typed);
    await p.page.close();

    const check = await reopen(round.step);
    await expect.poll(() => round.field(check).inputValue()).toBe(before + typed);
    await check.page.close();
  }
  expect(h.errors).toEqual([]);
});

/** A new panel page with the interview open at the given step. */
async function reopen(step: number): Promise<Panel> {
  const p = new Panel(await h.openPanel());
  await p.interviewItem(candidate).click();
  await p.goTo(step);
  return p;
}
