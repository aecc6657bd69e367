/**
 * The whole Reverse Interview from the keyboard alone: Tab, Shift+Tab, Space,
 * Enter, arrows and typing. No clicks, fills or checks: if a control cannot be
 * reached or operated from the keyboard, this test fails.
 */
import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { isFocused, Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const arenas = ['Technical growth', 'Leadership growth', 'Public speaking'] as const;
const grid = {
  strengths: (a: string) => `${a}: strong already`,
  learn: (a: string) => `${a}: wants to learn more`,
  obstacles: (a: string) => `${a}: too little time`,
};
const learnTech = 'Technical growth — Wants to learn or improve';
const obstaclesSpeaking = 'Public speaking — Biggest obstacles';
const mentoringNeed = 'Grows best through mentoring';

test('a whole interview from the keyboard, saved and reopened', async () => {
  const page = await h.openPanel();
  const p = new Panel(page);
  const key = (k: string) => page.keyboard.press(k);
  const type = (t: string) => page.keyboard.type(t);

  // Create the interview.
  await p.tabTo(p.newInterview());
  await key('Enter');
  await p.candidateName().waitFor();
  await type('Ada Lovelace');
  await key('Tab');
  await type('Staff engineer');
  await key('Tab');
  await type('https://ats.example/candidates/42');
  await p.tabTo(p.startInterview());
  await key('Enter');
  await expectCurrent(p, 1);

  // Step 1. The step list counts what is captured as it happens.
  await expect.poll(() => p.step(1).textContent()).toContain('0 of 2 captured');
  await p.tabTo(p.explained());
  await key('Space');
  await expect.poll(() => p.step(1).textContent()).toContain('1 of 2 captured');
  await key('Tab');
  await type('Surprised, then pleased.');
  await expect.poll(() => p.step(1).textContent()).toContain(', complete');
  // As a screen reader names it: one sentence, no stray separators between its parts.
  expect(await p.steps().ariaSnapshot()).toContain('button "1. State the difference, complete (0 of 2 minutes)"');
  await p.tabTo(p.nextStep());
  await key('Enter');
  await expectCurrent(p, 2);

  // Step 2: two of ours (skipping one with Tab), then their own.
  await p.tabTo(p.arena('Technical growth'));
  await key('Space');
  await p.tabTo(p.arena('Leadership growth'));
  await key('Space');
  await p.tabTo(p.newArena());
  await type('Public speaking');
  await key('Enter');
  await expect.poll(() => p.arena('Public speaking').isChecked()).toBe(true);
  await expect.poll(() => p.arena('Peer relationships and teamwork').isChecked()).toBe(false);

  // Step 3 from the step navigation, reached backwards with Shift+Tab.
  await p.tabTo(p.step(3), { back: true });
  await key('Enter');
  await expectCurrent(p, 3);
  for (const arena of arenas) {
    for (const q of ['strengths', 'learn', 'obstacles'] as const) {
      await p.tabTo(p.grid(arena, q));
      await type(grid[q](arena));
    }
  }
  await p.tabTo(p.nextStep());
  await key('Enter');
  await expectCurrent(p, 4);

  // Step 4: two modes ticked, mentoring preferred with the arrow keys.
  await p.tabTo(p.mode('Course work'));
  await key('Space');
  await p.tabTo(p.mode('Mentoring'));
  await key('Space');
  await p.tabTo(p.preferred('Course work'));
  await key('ArrowDown');
  await expect.poll(() => p.preferred('Mentoring').isChecked()).toBe(true);
  await p.tabTo(p.growthNotes());
  await type('A mentor taught them SQL; a video course did not stick.');
  await p.tabTo(p.nextStep());
  await key('Enter');
  await expectCurrent(p, 5);

  // Step 5: real offers for two needs, an honest gap for one.
  // The boxes for offers beyond the catalogue open from the keyboard, and focus goes into the first.
  await p.tabTo(p.otherOffers(learnTech));
  await key('Enter');
  await expect.poll(() => isFocused(p.offer(learnTech, 'People'))).toBe(true);
  await type('Grace, our principal engineer');
  await key('Tab');
  await type('Conference budget');
  await key('Tab');
  await type('Lead the storage migration');
  // Four needs: three to discuss, the fourth folded into one line, brought back from the keyboard.
  await p.tabTo(p.foldedNeeds());
  await key('Enter');
  await p.tabTo(p.discussButton(obstaclesSpeaking));
  await key('Enter');
  await expect
    .poll(() => isFocused(p.need(obstaclesSpeaking).getByRole('heading', { name: obstaclesSpeaking, exact: true })))
    .toBe(true);
  await p.tabTo(p.noOffer(obstaclesSpeaking));
  await key('Space');
  await p.tabTo(p.otherOffers(mentoringNeed));
  await key('Enter');
  await expect.poll(() => isFocused(p.offer(mentoringNeed, 'People'))).toBe(true);
  await type('Mentoring circle');
  await p.tabTo(p.reaction());
  await type('Keen on the migration.');
  await expect.poll(() => p.previousStep().isEnabled()).toBe(true);
  // The last step ends the interview where you are: no "Next step", but "Mark as done".
  expect(await p.nextStep().count()).toBe(0);
  await p.page.getByRole('button', { name: 'Mark as done', exact: true }).waitFor();

  // Saved as typed: the last answer reaches storage without leaving the page.
  await expect.poll(async () => JSON.stringify(await h.storage.read())).toContain('Keen on the migration.');

  // Reload, reopen from the list with the keyboard, and read everything back.
  await page.reload();
  await p.tabTo(p.interviewItem('Ada Lovelace', 'Staff engineer'));
  await key('Enter');
  await expectCurrent(p, 5);
  await expectValue(p.offer(learnTech, 'People'), 'Grace, our principal engineer');
  await expectValue(p.offer(learnTech, 'Resources'), 'Conference budget');
  await expectValue(p.offer(learnTech, 'Opportunities'), 'Lead the storage migration');
  await expectValue(p.offer(mentoringNeed, 'People'), 'Mentoring circle');
  await expect.poll(() => p.noOffer(obstaclesSpeaking).isChecked()).toBe(true);
  await expect.poll(() => p.noOffer(learnTech).isChecked()).toBe(false);
  await expectValue(p.reaction(), 'Keen on the migration.');

  await goBackTo(p, 4);
  await expect.poll(() => p.mode('Course work').isChecked()).toBe(true);
  await expect.poll(() => p.mode('Mentoring').isChecked()).toBe(true);
  await expect.poll(() => p.mode('Apprenticeship').isChecked()).toBe(false);
  await expect.poll(() => p.preferred('Mentoring').isChecked()).toBe(true);
  await expectValue(p.growthNotes(), 'A mentor taught them SQL; a video course did not stick.');

  await goBackTo(p, 3);
  for (const arena of arenas) {
    for (const q of ['strengths', 'learn', 'obstacles'] as const) await expectValue(p.grid(arena, q), grid[q](arena));
  }

  await goBackTo(p, 2);
  const chosen = await Promise.all(
    ['Technical growth', 'Peer relationships and teamwork', ...arenas.slice(1)].map((a) => p.arena(a).isChecked()),
  );
  expect(chosen).toEqual([true, false, true, true]);

  await goBackTo(p, 1);
  await expect.poll(() => p.explained().isChecked()).toBe(true);
  await expectValue(p.differenceNote(), 'Surprised, then pleased.');
  expect(h.errors).toEqual([]);
});

/** Exactly one step is marked current, and it is step n. */
async function expectCurrent(p: Panel, n: number) {
  await expect.poll(() => p.currentStep()).toEqual([n]);
}

async function expectValue(locator: Locator, value: string) {
  await expect.poll(() => locator.inputValue()).toBe(value);
}

/** "Previous step" from the keyboard: Enter moves focus to the new step's heading. */
async function goBackTo(p: Panel, n: number) {
  await p.tabTo(p.previousStep());
  await p.page.keyboard.press('Enter');
  await expectCurrent(p, n);
}
