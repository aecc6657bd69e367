/**
 * A long library is shown 25 at a time (issue 7: rendering 2,000 rows at once
 * kept the list unusable for seconds). "Show more" works from the keyboard,
 * announces the new count, and puts focus on the first row it revealed.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createInterview } from '../../lib/interview';
import { entryOf } from '../../lib/interview/entry';
import { defaultScript } from '../../lib/script';
import { type Harness, launch } from './harness';
import { isFocused, Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const COUNT = 60;
const at = Date.UTC(2026, 10, 1, 12);

async function seed(): Promise<void> {
  const items: Record<string, unknown> = {};
  const entries: Record<string, unknown> = {};
  for (let n = 0; n < COUNT; n += 1) {
    // Person 000 is the newest, so the list shows them in number order.
    const interview = createInterview(
      { id: `long-${String(n).padStart(3, '0')}`, candidate: `Person ${String(n).padStart(3, '0')}`, role: 'Engineer' },
      defaultScript,
      at - n * 60_000,
    );
    items[`interview:${interview.id}`] = interview;
    entries[interview.id] = entryOf(interview);
  }
  await h.storage.write({ ...items, index: { schema: 2, entries } });
}

test('a long list shows 25 at a time and "Show more" reveals the next page from the keyboard', async () => {
  await seed();
  const p = new Panel(await h.openPanel());
  const list = p.page.getByRole('list', { name: 'Interviews found' });
  const rows = list.getByRole('listitem');
  const more = p.page.getByRole('button', { name: 'Show more', exact: true });

  await expect.poll(() => rows.count()).toBe(25);
  await p.page.getByText('Showing 25 of 60').waitFor();
  await p.interviewItem('Person 024').waitFor();
  expect(await p.interviewItem('Person 025').count()).toBe(0);
  // The count on first showing is on screen, not announced (it would be at every return to the list).
  const announcement = p.page.getByTestId('list-count-announcement');
  // A check that something does not happen: wait past ShowMore's 700 ms settle delay, then look.
  await p.page.waitForTimeout(1000);
  expect(await announcement.textContent()).toBe('');

  await p.tabTo(more, { max: 70 });
  await p.page.keyboard.press('Enter');
  await expect.poll(() => rows.count()).toBe(50);
  await p.page.getByText('Showing 50 of 60').waitFor();
  // Told to a screen reader once the count settles (a search changes it at every keystroke).
  expect(await announcement.getAttribute('aria-live')).toBe('polite');
  await expect.poll(() => announcement.textContent()).toBe('50 of 60 interviews shown');
  // Focus moves to the first new row, so Tab continues down the list.
  await expect.poll(() => isFocused(p.interviewItem('Person 025'))).toBe(true);

  await p.tabTo(more, { max: 70 });
  await p.page.keyboard.press('Space');
  await expect.poll(() => rows.count()).toBe(COUNT);
  await p.page.getByText('Showing 60 of 60').waitFor();
  expect(await more.count()).toBe(0);
  await expect.poll(() => isFocused(p.interviewItem('Person 050'))).toBe(true);

  // A search starts again at one page, and finds rows that were never rendered.
  await p.page.getByRole('searchbox', { name: 'Search interviews' }).fill('Person 05');
  await expect.poll(() => rows.count()).toBe(10);
  expect(await more.count()).toBe(0);
  await p.interviewItem('Person 059').click();
  await p.page.getByRole('heading', { level: 1, name: /^Step 1 of 5/ }).waitFor();
  expect(h.errors).toEqual([]);
});
