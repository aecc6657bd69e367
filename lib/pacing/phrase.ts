import type { Remaining } from './pace';

const MINUTE = 60_000;

/** Whole minutes, rounded up: "1 min" stays until the minute is really gone. */
export function minutesUp(ms: number): number {
  return Math.ceil(Math.max(0, ms) / MINUTE);
}

/** "2 arenas left, 8 min", "1 step left, 3 min over". */
export function remainingPhrase(left: Remaining): string {
  const things = `${left.count} ${left.unit}${left.count === 1 ? '' : 's'} left`;
  if (left.ms < 0) return `${things}, ${minutesUp(-left.ms)} min over`;
  return `${things}, ${minutesUp(left.ms)} min`;
}

/** A running clock: "0:07", "12:04", "1:02:03". */
export function clockText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Spent against budget for the step list: "3/5 min", "7/5 min", "4 min" without a budget. */
export function spentText(spentMs: number, budgetMs: number | null): string {
  const spent = Math.floor(Math.max(0, spentMs) / MINUTE);
  return budgetMs === null ? `${spent} min` : `${spent}/${Math.round(budgetMs / MINUTE)} min`;
}

/** The same for a screen reader: "3 of 5 minutes", "2 minutes over budget". */
export function spentWords(spentMs: number, budgetMs: number | null): string {
  const spent = Math.floor(Math.max(0, spentMs) / MINUTE);
  const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
  if (budgetMs === null) return `${minutes(spent)} spent`;
  if (spentMs > budgetMs) return `${minutes(minutesUp(spentMs - budgetMs))} over budget`;
  return `${spent} of ${minutes(Math.round(budgetMs / MINUTE))}`;
}
