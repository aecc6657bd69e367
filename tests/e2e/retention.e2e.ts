/**
 * Retention (issue #3): off by default; when set in the options page, the
 * page deletes interviews older than N days at once and the background at
 * start-up and daily, keeping the rest — never an unreadable one.
 */
import { rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { type Harness, indexEntries, launch } from './harness';
import { Options } from './pages/options';
import { kill, killAll, profileDir, start } from './process';

let h: Harness | undefined;
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  h = undefined;
});

const DAY = 86_400_000;

function record(id: string, candidate: string, createdAt: number) {
  return {
    schema: 2,
    id,
    scriptId: 'reverse-interview',
    createdAt,
    fields: { candidate: { v: candidate, t: createdAt }, role: { v: 'Engineer', t: createdAt } },
  };
}

test('retention is off by default, and once set deletes only old interviews', async () => {
  const harness = await launch();
  h = harness;
  const now = Date.now();
  const old = record('old-interview', 'Old Timer', now - 400 * DAY);
  const recent = record('new-interview', 'Newcomer', now - 3 * DAY);
  const entry = (r: ReturnType<typeof record>) => ({
    id: r.id,
    candidate: r.fields.candidate.v,
    role: 'Engineer',
    createdAt: r.createdAt,
    status: 'active',
  });
  const unreadableOld = { schema: 2, id: 'old-broken', createdAt: now - 500 * DAY, fields: 'x' };
  await harness.storage.write({
    index: {
      schema: 2,
      entries: {
        [old.id]: entry(old),
        [recent.id]: entry(recent),
        // Listed as old, but its record cannot be read: retention must not touch it.
        'old-broken': { id: 'old-broken', candidate: 'Broken', role: '', createdAt: now - 500 * DAY, status: 'active' },
      },
    },
    [`interview:${old.id}`]: old,
    [`interview:${recent.id}`]: recent,
    'interview:old-broken': unreadableOld,
  });

  const page = await harness.context.newPage();
  await page.goto(harness.url('options.html'));
  const o = new Options(page);
  await page.getByText('Now: keep everything.').waitFor();
  expect(await o.retentionOn().isChecked()).toBe(false);

  await o.retentionOn().check();
  await o.exportFirst().waitFor();
  await o.retentionDays().fill('0');
  expect(await o.saveRetention().isDisabled()).toBe(true);
  await o.retentionDays().fill('365');
  await o.saveRetention().click();
  await page.getByText('Now: delete after 365 days.').waitFor();
  // Applied at once by the page that saved it (the background follows no storage change); the broken one is kept.
  await expect
    .poll(() => page.getByRole('status').textContent())
    .toBe(
      'Saved. One interview older than 365 days deleted. One interview older than 365 days could not be deleted and was kept (see Unreadable data).',
    );
  // Said where the user is: the button is far down the page, and the status stays in view.
  const inView = await page.getByRole('status').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);

  await expect
    .poll(async () =>
      Object.keys(await harness.storage.read())
        .filter((k) => k.startsWith('interview:'))
        .sort(),
    )
    .toEqual(['interview:new-interview', 'interview:old-broken']);
  const items = await harness.storage.read();
  expect(Object.keys(indexEntries(items)).sort()).toEqual(['new-interview', 'old-broken']);
  expect(items['interview:old-broken']).toEqual(unreadableOld);
  await expect.poll(() => o.countText().textContent()).toMatch(/^2 interviews are kept/);
  expect(harness.errors).toEqual([]);
});

test('retention runs when the browser starts: an old interview written while it was off-schedule is gone after a restart', async () => {
  // Its own Chromium process, killed and started again on the same profile.
  const dir = profileDir();
  try {
    let running = await start(dir);
    const worker = await running.worker();
    const settings = { schema: 1, profile: 'greenhouse', interviewer: '', noRecordingNote: false, retentionDays: 30 };
    await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
    const now = Date.now();
    const old = record('aged-interview', 'Aged Record', now - 40 * DAY);
    const fresh = record('fresh-interview', 'Fresh Record', now - DAY);
    const entry = (r: ReturnType<typeof record>) => ({
      id: r.id,
      candidate: r.fields.candidate.v,
      role: 'Engineer',
      createdAt: r.createdAt,
      status: 'active',
    });
    // Written after the setting, so only a start-up (or the daily alarm) can apply it.
    await new Promise((r) => setTimeout(r, 500));
    await worker.evaluate((items) => chrome.storage.local.set(items), {
      index: { schema: 2, entries: { [old.id]: entry(old), [fresh.id]: entry(fresh) } },
      [`interview:${old.id}`]: old,
      [`interview:${fresh.id}`]: fresh,
    } as Record<string, unknown>);
    await new Promise((r) => setTimeout(r, 1500));
    const beforeRestart = await worker.evaluate(() => chrome.storage.local.get(null));
    expect(
      Object.keys(beforeRestart)
        .filter((k) => k.startsWith('interview:'))
        .sort(),
    ).toEqual(['interview:aged-interview', 'interview:fresh-interview']);
    await kill(running);

    running = await start(dir);
    const again = await running.worker();
    await expect
      .poll(
        async () =>
          Object.keys(await again.evaluate(() => chrome.storage.local.get(null))).filter((k) => k.startsWith('interview:')),
        {
          timeout: 15_000,
        },
      )
      .toEqual(['interview:fresh-interview']);
    await kill(running);
  } finally {
    killAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

declare const chrome: {
  storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> } };
};
