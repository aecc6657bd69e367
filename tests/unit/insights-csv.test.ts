/**
 * The Insights CSV (issue 20): RFC 4180 fields and lines, text that a
 * spreadsheet would run as a formula made inert, and every row of every chart.
 * Read back with the end-to-end test's own parser (written apart from this code).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../lib/insights/aggregate';
import { CSV_HEADER, csvCell, insightsCsv, toCsv } from '../../lib/insights/csv';
import { factsOf } from '../../lib/insights/facts';
import { reverseInterview } from '../../lib/script';
import { BROKEN, insightsInterviews } from '../e2e/insights-data';
import { parseCsv } from '../e2e/pages/insights';

const FORMULA = /^[=+\-@\t\r]/;

describe('csvCell', () => {
  it.each<[string | number, string]>([
    ['Technical growth', 'Technical growth'],
    ['Peer relationships, teamwork', '"Peer relationships, teamwork"'],
    ['The "A" team', '"The ""A"" team"'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=HYPERLINK("http://x.example","click")', '"\'=HYPERLINK(""http://x.example"",""click"")"'],
    ['+1 more', "'+1 more"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\rcarriage', '"\'\rcarriage"'],
    ['a=b', 'a=b'],
    ["'quoted already", "'quoted already"],
    ['', ''],
    [15, '15'],
    [0, '0'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b,c', 2],
      ]),
    ).toBe('a,1\r\n"b,c",2\r\n');
  });

  it('any text reads back as it was, or with an apostrophe before a formula character, and no formula begins a cell', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', ' ') }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = parseCsv(toCsv(rows));
        expect(back).toEqual(rows.map((r) => r.map((c) => (FORMULA.test(c) ? `'${c}` : c))));
        for (const row of back) for (const c of row) expect(FORMULA.test(c)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('insightsCsv', () => {
  const all = insightsInterviews()
    .filter((_, i) => i !== BROKEN)
    .map((i) => factsOf(i, reverseInterview));
  const insights = aggregate(all);
  const text = insightsCsv(insights, { filters: 'any date; any role; any status', unreadable: 1 });
  const rows = parseCsv(text.slice(1));

  it('starts with a byte order mark (Excel reads the names as UTF-8) and the header', () => {
    expect(text.startsWith('\uFEFFSection,Name,Detail,Interviews,Needs\r\n')).toBe(true);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
  });

  it('has the totals, the filters and every row of every chart', () => {
    expect(rows.slice(1)).toEqual([
      ['Interviews', 'Read', '', '29', ''],
      ['Interviews', 'Unreadable, left out', '', '1', ''],
      ['Interviews', 'Matching the filters', 'any date; any role; any status', '29', ''],
      ['Interviews', 'Script not in this browser', '', '0', ''],
      ['Interviews', 'With arenas chosen', '', '23', ''],
      ['Interviews', 'With a preferred way to grow', '', '26', ''],
      ['Interviews', 'With needs with no offering', '', '8', '17'],
      ['Arenas chosen', 'Technical growth', '', '15', ''],
      ['Arenas chosen', 'Peer relationships and teamwork', '', '10', ''],
      ['Arenas chosen', 'Leadership growth', '', '8', ''],
      ['Arenas chosen', 'Public speaking', 'their own', '3', ''],
      ['Preferred ways to grow', 'Mentoring', '', '14', ''],
      ['Preferred ways to grow', 'Course work', '', '8', ''],
      ['Preferred ways to grow', 'Apprenticeship', '', '4', ''],
      ['Needs with no offering', 'Leadership growth', 'arena', '8', '11'],
      ['Needs with no offering', 'Mentoring', 'way to grow', '5', '5'],
      ['Needs with no offering', 'Technical growth', 'arena', '1', '1'],
      ['Offerings accepted most', 'Mentoring circle', 'mentoring-circle', '9', '9'],
      ['Offerings accepted most', 'Conference talks budget', 'talks-budget', '3', '4'],
    ]);
  });

  it('a name typed as a formula is written inert', () => {
    const hostile = aggregate([
      { ...all[1], id: 'h', arenas: [{ label: '=cmd|" /C calc"!A0', custom: true }] } as (typeof all)[number],
    ]);
    const back = parseCsv(insightsCsv(hostile, { filters: '', unreadable: 0 }).slice(1));
    expect(back.find((r) => r[0] === 'Arenas chosen')?.[1]).toBe('\'=cmd|" /C calc"!A0');
  });
});
