import type { CountRow, GapRow, Insights, ModeRow } from './aggregate';

/** What the headline needs of the catalogue: the growth modes each offering serves. */
export interface OfferingModes {
  modes: readonly string[];
}

/**
 * The one plain sentence on top of Insights, from the numbers below it: what
 * candidates most often want, and whether the catalogue has it ("Candidates
 * most often want mentoring (12 of 30 interviews); your catalogue has no
 * mentoring offering."). When it has, the biggest gap instead. `catalogue`
 * null: not read yet, and the sentence says nothing about it rather than
 * call it empty.
 */
export function headline(insights: Insights, catalogue: readonly OfferingModes[] | null): string {
  if (insights.read === 0) return 'No interviews are stored yet: insights appear here once you have run some.';
  if (insights.matching === 0) return 'No interviews match these filters.';
  const modes = leaders(insights.modes.rows);
  const first = modes[0];
  if (!first) {
    const arenas = leaders(insights.arenas.rows);
    const top = arenas[0];
    if (!top) {
      return insights.matching === 1
        ? 'This interview has no arenas or way to grow recorded yet.'
        : `None of these ${insights.matching} interviews has arenas or a way to grow recorded yet.`;
    }
    return `Candidates most often choose ${names(arenas)} (${share(top.interviews, insights.arenas.interviews, arenas.length)}); no preferred way to grow is recorded yet.`;
  }
  const want = `Candidates most often want ${names(modes)} (${share(first.interviews, insights.modes.interviews, modes.length)})`;
  if (catalogue === null) return `${want}.`;
  const serves = (o: OfferingModes, r: ModeRow) => o.modes.some((m) => r.modeIds.includes(m));
  const missing = modes.filter((r) => !catalogue.some((o) => serves(o, r)));
  if (missing.length > 0) return `${want}; your catalogue has no ${names(missing)} offering.`;
  const gap = leaders(insights.gaps.rows, (r) => r.needs)[0];
  if (gap) return `${want}; most needs with no offering are ${where(gap)} (${count(gap.needs, 'need')}).`;
  const offered = catalogue.filter((o) => modes.some((r) => serves(o, r))).length;
  return `${want}; your catalogue has ${count(offered, 'offering')} for ${modes.length === 1 ? 'it' : 'them'}.`;
}

/** The rows tied for the most (rows come ranked, most first). */
function leaders<R extends CountRow>(rows: readonly R[], n: (r: R) => number = (r) => r.interviews): R[] {
  const top = rows[0];
  return top ? rows.filter((r) => n(r) === n(top)) : [];
}

function where(gap: GapRow): string {
  return gap.in === 'arena' ? `in ${phrase(gap.label)}` : `for ${phrase(gap.label)}`;
}

/** "12 of 30 interviews", "5 of 30 interviews each" when several share the lead. */
function share(n: number, of: number, tied: number): string {
  return `${n} of ${count(of, 'interview')}${tied > 1 ? ' each' : ''}`;
}

function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/** "mentoring", "mentoring or course work", "a, b or c". */
function names(rows: readonly CountRow[]): string {
  const all = rows.map((r) => phrase(r.label));
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}

/** A name inside a sentence: lower case, but an acronym stays as it is ("AI pairing"). */
export function phrase(label: string): string {
  return label
    .split(' ')
    .map((word) => (word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word) ? word : word.toLowerCase()))
    .join(' ');
}
