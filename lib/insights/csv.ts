import type { Insights } from './aggregate';

export type Cell = string | number;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * break, quotes doubled. Text starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe first, so a spreadsheet shows it instead of
 * running it as a formula (an arena or offering name is typed by someone;
 * OWASP, "CSV Injection"). Numbers are written as they are.
 */
export function csvCell(value: Cell): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: fields joined by commas, every line ending CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** The section names the CSV and the page's tables share. */
export const SECTIONS = {
  totals: 'Interviews',
  arenas: 'Arenas chosen',
  modes: 'Preferred ways to grow',
  gaps: 'Needs with no offering',
  offerings: 'Offerings accepted most',
} as const;

export const CSV_HEADER = ['Section', 'Name', 'Detail', 'Interviews', 'Needs'] as const;

/** What the CSV says about the reading and the filters, beside the counts. */
export interface CsvContext {
  /** The filters in words, e.g. "1 Nov 2026 to 30 Nov 2026; role: SRE; status: all". */
  filters: string;
  /** Records that could not be read, left out of every count. */
  unreadable: number;
}

/**
 * Every number Insights shows, one row each, every row of every chart (the
 * page shows the first few): a spreadsheet gets what the tables say.
 * A byte order mark first, so Excel reads the names as UTF-8.
 */
export function insightsCsv(insights: Insights, context: CsvContext): string {
  const t = SECTIONS.totals;
  const rows: Cell[][] = [
    [...CSV_HEADER],
    [t, 'Read', '', insights.read, ''],
    [t, 'Unreadable, left out', '', context.unreadable, ''],
    [t, 'Matching the filters', context.filters, insights.matching, ''],
    [t, 'Script not in this browser', '', insights.noScript, ''],
    [t, 'With arenas chosen', '', insights.arenas.interviews, ''],
    [t, 'With a preferred way to grow', '', insights.modes.interviews, ''],
    [t, 'With needs with no offering', '', insights.gaps.interviews, insights.gaps.needs],
    ...insights.arenas.rows.map((r) => [SECTIONS.arenas, r.label, r.custom ? 'their own' : '', r.interviews, '']),
    ...insights.modes.rows.map((r) => [SECTIONS.modes, r.label, '', r.interviews, '']),
    ...insights.gaps.rows.map((r) => [SECTIONS.gaps, r.label, r.in === 'arena' ? 'arena' : 'way to grow', r.interviews, r.needs]),
    ...insights.offerings.rows.map((r) => [SECTIONS.offerings, r.label, r.key, r.interviews, r.needs]),
  ];
  return `\uFEFF${toCsv(rows)}`;
}
