/**
 * Keyboard-first (issue 6): a whole interview driven by the keyboard alone —
 * the panel's Alt+Shift chords for moving, finding the next answer, marking
 * and copying, plus Tab/Space/arrows for the controls that have no chord.
 * No click, fill or check anywhere in this file.
 */
import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Pacing } from './pages/pacing';
import { isFocused, Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const need = 'Technical growth — Wants to learn or improve';

test('a whole interview from the keyboard with the panel’s shortcuts, copied with marks', async () => {
  const page = await h.openPanel();
  const p = new Panel(page);
  const k = new Pacing(page);
  const key = (x: string) => page.keyboard.press(x);
  const type = (t: string) => page.keyboard.type(t);

  await p.tabTo(p.newInterview());
  await key('Enter');
  await p.candidateName().waitFor();
  await type('Katherine Johnson');
  await key('Tab');
  await type('Flight dynamics lead');
  await p.tabTo(p.startInterview());
  await key('Enter');
  await expectCurrent(p, 1);

  // Timer from the keyboard.
  await k.chord('P');
  await k.pauseTimer().waitFor();

  // Step 1: the chord finds the answer box; a quote mark on it.
  await k.chord('Enter');
  await expectFocused(p.differenceNote());
  await type('This is new to me');
  await k.chord('Q');
  await expect.poll(() => p.status().textContent()).toBe('Marked as their own words.');
  await p.tabTo(p.explained(), { back: true });
  await key('Space');

  // Step 2 with J; arenas by Tab and Space, one of their own.
  await k.chord('J');
  await expectCurrent(p, 2);
  // No answer box here: the chord goes to the first arena.
  await k.chord('Enter');
  await expectFocused(p.arena('Technical growth'));
  await key('Space');
  await p.tabTo(p.newArena());
  await type('Public speaking');
  await key('Enter');
  await expect.poll(() => p.arena('Public speaking').isChecked()).toBe(true);

  // Step 3 by number; Alt+Shift+Enter walks the answer boxes in order.
  await k.chord('Digit3');
  await expectCurrent(p, 3);
  const answers: [Locator, string][] = [
    [p.grid('Technical growth', 'strengths'), 'Orbital mechanics'],
    [p.grid('Technical growth', 'learn'), 'Numerical methods on GPUs'],
    [p.grid('Technical growth', 'obstacles'), 'Legacy Fortran'],
    [p.grid('Public speaking', 'strengths'), 'Clear writing'],
  ];
  for (const [box, text] of answers) {
    await k.chord('Enter');
    await expectFocused(box);
    await type(text);
  }
  // Flag the last one to follow up; a second press of Q on another toggles on and off.
  await k.chord('F');
  await expect.poll(() => p.status().textContent()).toBe('Flagged to follow up.');

  // Step 4 with J, back with K, forward again.
  await k.chord('J');
  await expectCurrent(p, 4);
  await k.chord('K');
  await expectCurrent(p, 3);
  await k.chord('J');
  await expectCurrent(p, 4);
  await p.tabTo(p.mode('Mentoring'));
  await key('Space');
  await p.tabTo(p.preferred('Course work'));
  await key('ArrowDown');
  await expect.poll(() => p.preferred('Mentoring').isChecked()).toBe(true);
  await k.chord('Enter');
  await expectFocused(p.growthNotes());
  await type('A mentor at NACA');

  // Step 5: offers typed after the chord finds the first box.
  await k.chord('Digit5');
  await expectCurrent(p, 5);
  // The first answer box of step 5 is the reaction: the offer boxes beyond the catalogue are folded until used.
  await k.chord('Enter');
  await expectFocused(p.reaction());
  await p.tabTo(p.otherOffers(need), { back: true });
  await key('Enter');
  await expectFocused(p.offer(need, 'People'));
  await type('Dorothy, our numerics lead');
  await p.tabTo(p.noOffer('Technical growth — Biggest obstacles'));
  await key('Space');
  await p.tabTo(p.reaction());
  await type('Keen');

  // A chord past the last step does nothing; the chords typed nothing into the answers.
  await k.chord('Digit9');
  await expectCurrent(p, 5);
  await expect.poll(() => p.reaction().inputValue()).toBe('Keen');

  // Copy from the keyboard.
  await k.chord('C');
  await expect.poll(() => p.status().textContent()).toBe('Copied for Greenhouse');
  const text = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) throw new Error('the clipboard is empty');
    return (await item.getType('text/plain')).text();
  });
  expect(text).toContain('- Note: “This is new to me”');
  expect(text).toContain('Arenas chosen: Technical growth; Public speaking (their own)');
  expect(text).toContain('Already good at: Orbital mechanics');
  expect(text).toContain('People: Dorothy, our numerics lead');
  expect(text).toMatch(/Follow up\n- Public speaking \/ Already good at: Clear writing/);
  // Pacing bookkeeping never shows up as an answer.
  expect(text).not.toMatch(/budget:|time:|timer:/);
  expect(h.errors).toEqual([]);
});

async function expectCurrent(p: Panel, n: number) {
  await expect.poll(() => p.currentStep()).toEqual([n]);
}

async function expectFocused(locator: Locator) {
  await expect.poll(() => isFocused(locator)).toBe(true);
}
