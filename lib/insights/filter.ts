import type { Status } from '../interview/entry';
import type { CountRow, InsightsFilter } from './aggregate';

/** The filters as the form holds them: dates as `<input type="date">` gives them ('' when unset). */
export interface FilterForm {
  /** First day, inclusive, `YYYY-MM-DD`. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** A role's group key, or null for every role. */
  role: string | null;
  status: Status | 'all';
}

export const NO_FILTER: FilterForm = { from: '', to: '', role: null, status: 'all' };

/** Local midnight at the start of `YYYY-MM-DD`, `days` later; undefined for anything else. */
function localDay(date: string, days = 0): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  // new Date(y, m, d) is local time, and a day past the month's end rolls over (DST days are 23 or 25 hours).
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime();
}

/** The form as the pure filter: whole local days, the last one included. */
export function toFilter(form: FilterForm): InsightsFilter {
  const from = localDay(form.from);
  const to = localDay(form.to, 1);
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(form.role === null ? {} : { role: form.role }),
    ...(form.status === 'all' ? {} : { status: form.status }),
  };
}

/** True when both dates are set and the first comes after the last: nothing can match. */
export function datesReversed(form: FilterForm): boolean {
  return form.from !== '' && form.to !== '' && form.from > form.to;
}

/** The filters in words, for the CSV: "created 2026-11-01 to 2026-11-10; role: SRE; status: Done". */
export function describeFilter(form: FilterForm, roles: readonly CountRow[], statusLabel: (status: Status) => string): string {
  const role = form.role === null ? null : (roles.find((r) => r.key === form.role)?.label ?? form.role);
  return [
    form.from || form.to ? `created ${form.from || 'any day'} to ${form.to || 'today'}` : 'any date',
    role === null ? 'any role' : `role: ${role || '(none)'}`,
    form.status === 'all' ? 'any status' : `status: ${statusLabel(form.status)}`,
  ].join('; ');
}
