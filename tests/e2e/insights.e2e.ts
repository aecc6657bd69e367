/**
 * Insights (issue 20): 30 interviews with known choices, seeded through the
 * extension's own repository, one of them then broken. The tables show the
 * counts worked out by hand (tests/e2e/insights-data.ts), the CSV says the
 * same, the broken one is counted and named, and the filters change the counts.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { interviewKey } from '../../lib/storage/registry';
import { type Harness, launch } from './harness';
import { BROKEN, candidateOf, EXPECTED, idOf, insightsInterviews } from './insights-data';
import { Insights, parseCsv } from './pages/insights';
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

test('Insights counts 30 seeded interviews, one broken: tables, CSV, the broken one named, filters', async () => {
  const interviews = insightsInterviews();
  await seedingRepository(h).putInterviews(interviews);
  // Broken after it was stored (cut off mid-write): listed in the index, unreadable.
  await h.storage.write({ [interviewKey(idOf(BROKEN))]: { schema: 2, id: idOf(BROKEN), fields: 'cut off mid-write' } });

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
  const filtered = parseCsv((await i.download()).text.slice(1));
  expect(filtered.find((r) => r[1] === 'Matching the filters')).toEqual([
    'Interviews',
    'Matching the filters',
    'created 2026-11-01 to 2026-11-10; role: SRE; status: Archived',
    '0',
    '',
  ]);
  expect(h.errors).toEqual([]);
});
