/** The method's limit of four arenas, as the interviewer meets it in step 2. */
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

const builtIn = ['Technical growth', 'Peer relationships and teamwork', 'Leadership growth', 'Personal development at work'];

test('four arenas at most: the rest are disabled and the limit is explained', async () => {
  const p = new Panel(await h.openPanel());
  await p.create('Grace Hopper', 'Compiler engineer');
  await p.goTo(2);

  // Their own arena while there is room: added and chosen.
  await p.newArena().fill('Public speaking');
  await p.addArena().click();
  await expect.poll(() => p.arena('Public speaking').isChecked()).toBe(true);
  await expect.poll(() => p.arenaLimitText().isVisible()).toBe(false);

  // Three of ours make four: the fourth of ours is now disabled, with the reason beside it.
  for (const arena of builtIn.slice(0, 3)) await p.arena(arena).check();
  const last = p.arena('Personal development at work');
  await expect.poll(() => last.isDisabled()).toBe(true);
  expect(await last.isChecked()).toBe(false);
  await expect.poll(() => p.arenaLimitText().isVisible()).toBe(true);
  for (const arena of [...builtIn.slice(0, 3), 'Public speaking']) expect(await p.arena(arena).isEnabled()).toBe(true);

  // No room for another of their own while full (issue 21): the box takes no typing, and says why.
  await expect.poll(() => p.newArena().isDisabled()).toBe(true);
  expect(await p.addArena().isDisabled()).toBe(true);
  expect(await p.newArena().getAttribute('aria-describedby')).toBeTruthy();

  // Unticking one frees a place: everything is enabled again, and their own arena is added and chosen.
  await p.arena('Peer relationships and teamwork').uncheck();
  await expect.poll(() => last.isEnabled()).toBe(true);
  await expect.poll(() => p.arenaLimitText().isVisible()).toBe(false);
  await p.newArena().fill('Writing');
  await p.addArena().click();
  await expect.poll(() => p.arena('Writing').isChecked()).toBe(true);
  await expect.poll(() => last.isDisabled()).toBe(true);
  await expect.poll(() => p.arenaLimitText().isVisible()).toBe(true);
  await expect.poll(() => p.newArena().isDisabled()).toBe(true);

  // The limit holds in storage too: exactly four arenas are chosen.
  await expect
    .poll(async () => {
      const record = Object.entries(await h.storage.read()).find(([k]) => k.startsWith('interview:'))?.[1] as
        | { fields: Record<string, { v: unknown }> }
        | undefined;
      return Object.entries(record?.fields ?? {}).filter(([k, f]) => k.startsWith('arena:') && f.v === true).length;
    })
    .toBe(4);
  expect(h.errors).toEqual([]);
});
