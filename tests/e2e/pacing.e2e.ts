/**
 * Pacing (issue 6) in real Chromium with Playwright's fake clock: the timer
 * counts only while it runs, each step keeps its own time, a step that runs
 * over gets a calm cue (words, no motion), budgets are editable per
 * interview, and the timer survives a reload.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Pacing } from './pages/pacing';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const MIN = 60_000;

/** The running stretch's start in the one stored interview: digits while the timer runs, '' once paused. */
async function startedAt(): Promise<unknown> {
  const [record] = Object.entries(await h.storage.read()).filter(([key]) => key.startsWith('interview:'));
  return (record?.[1] as { fields: Record<string, { v: unknown }> } | undefined)?.fields['timer:startedAt']?.v;
}

test('timer, time per step, the over-budget cue, budgets and a reload', async () => {
  // Time moves only when the test says so.
  await h.context.clock.install({ time: new Date('2026-11-30T09:00:00Z') });
  await h.context.clock.pauseAt(new Date('2026-11-30T09:00:01Z'));
  const page = await h.openPanel();
  const p = new Panel(page);
  const k = new Pacing(page);
  await p.create('Mary Jackson', 'Engineer');

  // Before the timer: the whole budget (2+3+16+5+8), nothing running, no cue.
  await expect.poll(() => k.elapsed().textContent()).toBe('0:00');
  await expect.poll(() => k.bar().textContent()).toContain('/ 34 min');
  await expect.poll(() => k.bar().textContent()).toContain('5 steps left, 34 min');
  expect(await k.overCue().count()).toBe(0);

  // Two minutes pass before it is started: they do not count.
  await h.context.clock.runFor(2 * MIN);
  await k.startTimer().click();
  // Half a second in hand for each stretch: field stamps run a millisecond
  // ahead of the clock when writes share one, and a whole second shown must
  // not round down to the one before.
  await h.context.clock.runFor(500);
  await h.context.clock.runFor(90_000);
  await expect.poll(() => k.elapsed().textContent()).toBe('1:30');
  expect(await k.overCue().count()).toBe(0);

  // Step 1's budget is 2 min: at 3:05 it is over, said in words.
  await h.context.clock.runFor(95_000);
  await expect.poll(() => k.elapsed().textContent()).toBe('3:05');
  await k.overCue().waitFor();
  await expect.poll(() => k.bar().textContent()).toContain('Over budget on this step by 2 min');
  await expect.poll(() => p.step(1).textContent()).toContain('3/2 min');
  // The step's accessible name says it too (the page object finds it by that name).
  await p.page.getByRole('button', { name: /^1\. State the difference.*2 minutes over budget\)$/ }).waitFor();
  // Overall: 34 − 3:05 leaves 30:55, shown as 31 min.
  await expect.poll(() => k.bar().textContent()).toContain('5 steps left, 31 min');
  // Calm: nothing animates.
  const animations = await page.evaluate(() => document.getAnimations().length);
  expect(animations).toBe(0);

  // A bigger budget for step 1 in this interview: the cue goes.
  await k.budgets().click();
  await k.budget('State the difference').fill('5');
  await expect.poll(() => k.overCue().count()).toBe(0);
  await expect.poll(() => p.step(1).textContent()).toContain('3/5 min');
  await k.budgets().click();

  // Step 2 starts its own time; step 1 keeps its 3 min.
  await p.goTo(2);
  await h.context.clock.runFor(MIN + 500);
  await expect.poll(() => p.step(2).textContent()).toContain('1/3 min');
  await expect.poll(() => p.step(1).textContent()).toContain('3/5 min');
  await expect.poll(() => k.elapsed().textContent()).toBe('4:05');

  // Paused: time stands still. (The pause is stamped a few ms on; the exact
  // second is not the point here.)
  await k.pauseTimer().click();
  await k.resumeTimer().waitFor();
  const paused = await k.elapsed().textContent();
  expect(paused).toMatch(/^4:0[56]$/);
  await h.context.clock.runFor(10 * MIN);
  // The record holds no running stretch once paused (waited for, so that the resume below is seen landing).
  await expect.poll(startedAt).toBe('');
  await expect.poll(() => k.elapsed().textContent()).toBe(paused);

  // Resumed, then the panel reloads: the timer keeps running from storage.
  await k.resumeTimer().click();
  await h.context.clock.runFor(MIN + 500);
  await expect.poll(startedAt).toMatch(/^\d+$/);
  await page.reload();
  await p.interviewItem('Mary Jackson').click();
  await k.pauseTimer().waitFor();
  await h.context.clock.runFor(MIN);
  await expect.poll(() => k.elapsed().textContent()).toMatch(/^6:0[67]$/);
  await expect.poll(() => p.step(2).textContent()).toContain('3/3 min');
  // Arena grid: what is left is counted in arenas against that step's budget.
  await p.arena('Technical growth').check();
  await p.arena('Leadership growth').check();
  await p.goTo(3);
  await expect.poll(() => k.bar().textContent()).toContain('2 arenas left, 16 min');
  expect(h.errors).toEqual([]);
});

test('a budget the panel cannot use is refused with a message and not saved', async () => {
  const p = new Panel(await h.openPanel());
  const k = new Pacing(p.page);
  await p.create('Annie Easley', 'Programmer');
  await k.budgets().click();
  await k.budget('Current reality').fill('999');
  await p.page.getByText('0 to 240 whole minutes; not saved.').waitFor();
  expect(await k.budget('Current reality').getAttribute('aria-invalid')).toBe('true');
  await k.budget('Current reality').fill('20');
  await expect.poll(() => k.bar().textContent()).toContain('/ 38 min');
  await expect.poll(async () => JSON.stringify(await h.storage.read())).toMatch(/"budget:reality":\{"t":\d+,"v":"20"\}/);
  expect(h.errors).toEqual([]);
});
