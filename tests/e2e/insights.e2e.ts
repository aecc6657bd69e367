/**
 * Insights (issue 20): 30 interviews with known choices, seeded through the
 * extension's own repository, one of them then broken. The tables show the
 * counts worked out by hand (tests/e2e/insights-data.ts), the CSV says the
 * same, the broken one is counted and named, and the filters change the counts.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createInterview } from '../../lib/interview';
import { reverseInterview } from '../../lib/script';
import { type Harness, launch } from './harness';
import { BROKEN, candidateOf, createdAt, EXPECTED, idOf, seedInsights } from './insights-data';
import { Insights, parseCsv } from './pages/insights';
import { Options } from './pages/options';
import { Panel } from './pages/panel';
import { seedingRepository } from './seed';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const TITLES = {
  arenas: 'Arenas chosen',
  modes: 'Preferred ways to grow',
  gaps: 'Needs with no offering',
  offerings: 'Offerings accepted most',
} as const;

const POLL = { timeout: 15_000 };
const text = (rows: readonly (readonly (string | number)[])[]) => rows.map((r) => r.map(String));

test('Insights counts 30 seeded interviews, one broken: tables, CSV, the broken one named, filters; out of date after a change, emptied by Erase all', async () => {
  // Broken after it was stored: listed in the index, unreadable.
  await seedInsights(h);

  const page = await h.context.newPage();
  await page.setViewportSize({ width: 720, height: 900 });
  await page.goto(h.url('options.html'));
  const i = new Insights(page);
  await i.table(TITLES.arenas).waitFor();
  expect(await i.progress().count()).toBe(0);

  expect(await i.rows(TITLES.arenas)).toEqual(text(EXPECTED.arenas));
  expect(await i.rows(TITLES.modes)).toEqual(text(EXPECTED.modes));
  expect(await i.rows(TITLES.gaps)).toEqual(text(EXPECTED.gaps));
  expect(await i.rows(TITLES.offerings)).toEqual(text(EXPECTED.offerings));
  // The catalogue's part comes once the organisation's catalogue is read (Chrome's managed storage answers
  // its first read seconds after the browser starts); until then the sentence stops before it.
  await expect.poll(() => i.headline().textContent(), POLL).toBe(EXPECTED.headline);
  expect(await i.counting().textContent()).toBe('Counting 29 of the 29 interviews read.');
  // The broken one: counted, named by its entry in the list, left out of every number.
  await i.section().getByText('One stored interview could not be read and is left out of every count:').waitFor();
  expect(await i.leftOut().allTextContents()).toEqual([`${candidateOf(BROKEN)} ${idOf(BROKEN)}`]);
  // Each chart is one image named with its bars and numbers.
  expect(await i.chart(TITLES.arenas).getAttribute('aria-label')).toBe(
    'Arenas chosen: Technical growth, 15; Peer relationships and teamwork, 10; Leadership growth, 8; Public speaking (their own), 3',
  );

  // The CSV holds the same numbers as the tables.
  const file = await i.download();
  expect(file.name).toMatch(/^reverse-interview-insights-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$/);
  expect(file.text.startsWith('\uFEFF')).toBe(true);
  const csv = parseCsv(file.text.slice(1));
  expect(csv[0]).toEqual(['Section', 'Name', 'Detail', 'Interviews', 'Needs']);
  const section = (name: string) => csv.filter((r) => r[0] === name).map((r) => r.slice(1));
  const total = (name: string) => section('Interviews').find((r) => r[0] === name)?.[2];
  expect(total('Read')).toBe('29');
  expect(total('Unreadable, left out')).toBe('1');
  expect(total('Matching the filters')).toBe('29');
  expect(section(TITLES.arenas).map(([name, detail, n]) => [detail ? `${name} (${detail})` : name, n])).toEqual(
    text(EXPECTED.arenas),
  );
  expect(section(TITLES.modes).map(([name, , n]) => [name, n])).toEqual(text(EXPECTED.modes));
  expect(
    section(TITLES.gaps).map(([name, detail, interviews, needs]) => [
      name,
      detail === 'arena' ? 'Arena' : 'Way to grow',
      needs,
      interviews,
    ]),
  ).toEqual(text(EXPECTED.gaps));
  expect(section(TITLES.offerings).map(([name, , interviews, needs]) => [name, interviews, needs])).toEqual(
    text(EXPECTED.offerings),
  );

  // Filters: created 1–10 November (interviews 0 to 9).
  await i.from().fill('2026-11-01');
  await i.to().fill('2026-11-10');
  await expect.poll(() => i.counting().textContent()).toBe('Counting 10 of the 29 interviews read.');
  expect(await i.rows(TITLES.arenas)).toEqual(
    text([
      ['Leadership growth', 8],
      ['Technical growth', 5],
      ['Peer relationships and teamwork', 4],
      ['Public speaking (their own)', 3],
    ]),
  );
  // And SRE only (the odd ones: 1, 3, 5, 7, 9), then also done (all of them are).
  await i.role().selectOption({ label: 'SRE (14)' });
  await expect.poll(() => i.counting().textContent()).toBe('Counting 5 of the 29 interviews read.');
  expect(await i.rows(TITLES.modes)).toEqual(text([['Mentoring', 5]]));
  expect(await i.rows(TITLES.gaps)).toEqual(
    text([
      ['Leadership growth', 'Arena', 5, 4],
      ['Mentoring', 'Way to grow', 2, 2],
    ]),
  );
  await i.status().selectOption({ label: 'Archived' });
  await expect.poll(() => i.counting().textContent()).toBe('Counting 0 of the 29 interviews read.');
  expect(await i.headline().textContent()).toBe('No interviews match these filters.');
  const filtered = parseCsv((await i.download('keyboard')).text.slice(1));
  expect(filtered.find((r) => r[1] === 'Matching the filters')).toEqual([
    'Interviews',
    'Matching the filters',
    'created 2026-11-01 to 2026-11-10; role: SRE; status: Archived',
    '0',
    '',
  ]);

  // A panel adds an interview: the counts say they are out of date; "Erase all data" leaves nothing to count.
  const panel = new Panel(await h.openPanel());
  await panel.create('Mary Jackson', 'Engineer');
  await i
    .section()
    .getByText(/^Interviews were added, changed or removed since these were counted/)
    .waitFor();
  await page.bringToFront();
  const o = new Options(page);
  await o.eraseAll().click();
  await o.confirmErase().click();
  await expect
    .poll(() => i.headline().textContent(), POLL)
    .toBe('No interviews are stored yet: insights appear here once you have run some.');
  expect(
    await i
      .section()
      .getByText(/since these were counted/)
      .count(),
  ).toBe(0);
  expect(h.errors).toEqual([]);
});

test('while it reads: a progress bar with an accessible name, then the charts; the page stays usable', async () => {
  await seedInsights(h);
  // 220 more, only started: three batches of records to read in all, and nothing new in any chart.
  const started = Array.from({ length: 220 }, (_, n) =>
    createInterview({ id: `started-${n}`, candidate: `Started ${n}`, role: 'SRE' }, reverseInterview, createdAt(n % 28)),
  );
  await seedingRepository(h).putInterviews(started);
  // Each batch of records Insights asks for (100 keys at the most) comes 400 ms late. Insights' read is
  // the page's only read of every record (it logs what it cannot read), so the rest of the page is ready at once.
  await h.context.addInitScript(() => {
    const local = (globalThis as unknown as { chrome?: { storage?: { local?: { get: (k: unknown) => Promise<unknown> } } } })
      .chrome?.storage?.local;
    if (!local) return;
    const get = local.get.bind(local);
    local.get = async (keys: unknown) => {
      const value = await get(keys);
      if (Array.isArray(keys) && keys.length <= 100 && keys.some((k) => String(k).startsWith('interview:'))) {
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      return value;
    };
  });
  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  const i = new Insights(page);
  await i.progress().waitFor();
  // Indeterminate until the keys are counted, then out of all 250.
  await expect.poll(() => i.progress().getAttribute('max'), { timeout: 15_000 }).toBe('250');
  await i
    .section()
    .getByText(/^Reading interviews: (100|200) of 250…$/)
    .waitFor();
  // The rest of the page answers meanwhile.
  await page.getByRole('checkbox', { name: 'Say in the summary that nothing was recorded', exact: true }).check();
  await i.table(TITLES.arenas).waitFor();
  expect(await i.progress().count()).toBe(0);
  expect(await i.counting().textContent()).toBe('Counting 249 of the 249 interviews read.');
  expect(await i.rows(TITLES.arenas)).toEqual(text(EXPECTED.arenas));
  expect(h.errors).toEqual([]);
});
