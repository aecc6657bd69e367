/**
 * The browser is killed (SIGKILL) 1.5 s after the last keystroke and started
 * again on the same profile: every character typed is there, in storage and
 * in the panel (issue #3).
 */
import { rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { Panel } from './pages/panel';
import { kill, killAll, profileDir, type Running, start } from './process';

let dir = '';
let running: Running | undefined;
afterEach(() => {
  killAll();
  if (dir) rmSync(dir, { recursive: true, force: true });
  running = undefined;
});

// Accents, a dash, CJK, an emoji, quotes and a line break: nothing may be mangled either.
const note = 'Zoë said “growth” twice — 成長 matters 🚀\nShe asked: is this usual?';
const learn = 'Distributed systems: Raft, then TLA+ (slowly, 20 min a day).';

test('SIGKILL 1.5 s after the last keystroke loses nothing typed', async () => {
  dir = profileDir();
  running = await start(dir);
  const errors: string[] = [];
  const page = await running.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(running.url('sidepanel.html'));
  const p = new Panel(page);
  await p.create('Katherine Johnson', 'Flight engineer');
  await p.differenceNote().click();
  await page.keyboard.type(note, { delay: 15 });
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.goTo(3);
  await p.grid('Technical growth', 'learn').click();
  // Fast, as an interviewer types while listening: the writer keeps one write in flight and the newest queued.
  await page.keyboard.type(learn, { delay: 5 });
  // The scenario: the browser dies 1.5 s after the last keystroke, not "once saved".
  await page.waitForTimeout(1500);
  await kill(running);

  running = await start(dir);
  const stored = await (await running.worker()).evaluate(() => chrome.storage.local.get(null));
  const records = Object.entries(stored).filter(([k]) => k.startsWith('interview:'));
  expect(records).toHaveLength(1);
  const fields = (records[0] as [string, { fields: Record<string, { v: unknown }> }])[1].fields;
  expect(fields['answer:difference:note']?.v).toBe(note);
  expect(fields['grid:reality:technical:learn']?.v).toBe(learn);

  const again = new Panel(await running.context.newPage());
  again.page.on('pageerror', (e) => errors.push(e.message));
  await again.page.goto(running.url('sidepanel.html'));
  await again.interviewItem('Katherine Johnson', 'Flight engineer').click();
  await expect.poll(() => again.currentStep()).toEqual([3]);
  expect(await again.grid('Technical growth', 'learn').inputValue()).toBe(learn);
  await again.goTo(1);
  expect(await again.differenceNote().inputValue()).toBe(note);
  expect(errors).toEqual([]);
  await kill(running);
});

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
