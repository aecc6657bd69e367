import type { Status } from '../interview/entry';
import type { InterviewFacts } from './facts';
import { type CountRow, commonSpelling, type Group, groupKey, ranked, tally } from './groups';

export { type CountRow, groupKey } from './groups';

/**
 * Insights across stored interviews (issue 20), pure: counts from the facts
 * of each interview (facts.ts), after the filters. Arenas, ways to grow and
 * roles are grouped by name, case and spacing aside ("Public speaking" and
 * " public  speaking" are one arena); offerings by their catalogue id.
 */

export interface InsightsFilter {
  /** Interviews created at or after this time (ms since the epoch). */
  from?: number;
  /** Interviews created before this time. */
  to?: number;
  /** A role's `groupKey`; '' is the interviews with no role. */
  role?: string;
  status?: Status;
}

export interface ArenaRow extends CountRow {
  /** Every interview that chose it added it as their own (not one of a script's arenas). */
  custom: boolean;
}
export interface ModeRow extends CountRow {
  /** The growth mode ids behind the name (catalogue offerings name the modes they serve by id). */
  modeIds: string[];
}
export interface GapRow extends CountRow {
  in: 'arena' | 'mode';
  /** Needs left with no offering (an interview may have several in one arena). */
  needs: number;
}
export interface OfferingRow extends CountRow {
  /** Needs it was accepted for. */
  needs: number;
}

export interface Insights {
  /** Interviews read and counted. */
  read: number;
  /** Those matching the filters. */
  matching: number;
  /** Matching interviews whose script this browser does not have: in the count, in no chart. */
  noScript: number;
  /** `interviews`: matching interviews with at least one arena chosen. */
  arenas: { interviews: number; rows: ArenaRow[] };
  /** `interviews`: matching interviews with a preferred way to grow. */
  modes: { interviews: number; rows: ModeRow[] };
  /** `needs` and `interviews`: all the needs left with no offering, and the interviews they are in. */
  gaps: { needs: number; interviews: number; rows: GapRow[] };
  offerings: { rows: OfferingRow[] };
}

export function matchesFilter(facts: InterviewFacts, filter: InsightsFilter): boolean {
  return (
    (filter.from === undefined || facts.createdAt >= filter.from) &&
    (filter.to === undefined || facts.createdAt < filter.to) &&
    (filter.role === undefined || groupKey(facts.role) === filter.role) &&
    (filter.status === undefined || facts.status === filter.status)
  );
}

export function aggregate(all: readonly InterviewFacts[], filter: InsightsFilter = {}): Insights {
  const matching = all.filter((f) => matchesFilter(f, filter));
  const arenas = tally();
  const custom = new Map<string, boolean>();
  const modes = tally();
  const modeIds = new Map<string, Set<string>>();
  const gaps = tally();
  const offerings = tally();
  const latestName = new Map<string, { name: string; t: number }>();

  for (const f of matching) {
    for (const a of f.arenas) {
      const key = groupKey(a.label);
      arenas.add(key, a.label, f.id);
      custom.set(key, (custom.get(key) ?? true) && a.custom);
    }
    if (f.preferredMode) {
      const key = groupKey(f.preferredMode.label);
      modes.add(key, f.preferredMode.label, f.id);
      modeIds.set(key, (modeIds.get(key) ?? new Set()).add(f.preferredMode.id));
    }
    for (const g of f.gaps) gaps.add(`${g.in}:${groupKey(g.label)}`, g.label, f.id);
    for (const o of f.accepted) {
      offerings.add(o.offeringId, o.name, f.id);
      const latest = latestName.get(o.offeringId);
      if (!latest || o.t > latest.t) latestName.set(o.offeringId, { name: o.name, t: o.t });
    }
  }

  const row = (key: string, g: Group): CountRow => ({ key, label: commonSpelling(g.spellings), interviews: g.interviews.size });
  const interviewsWith = (pick: (f: InterviewFacts) => boolean) => matching.filter(pick).length;
  return {
    read: all.length,
    matching: matching.length,
    noScript: interviewsWith((f) => !f.scriptKnown),
    arenas: {
      interviews: interviewsWith((f) => f.arenas.length > 0),
      rows: ranked([...arenas.groups].map(([key, g]) => ({ ...row(key, g), custom: custom.get(key) ?? false }))),
    },
    modes: {
      interviews: interviewsWith((f) => f.preferredMode !== null),
      rows: ranked([...modes.groups].map(([key, g]) => ({ ...row(key, g), modeIds: [...(modeIds.get(key) ?? [])].sort() }))),
    },
    gaps: {
      needs: matching.reduce((sum, f) => sum + f.gaps.length, 0),
      interviews: interviewsWith((f) => f.gaps.length > 0),
      rows: ranked(
        [...gaps.groups].map(([key, g]) => ({
          ...row(key, g),
          in: key.startsWith('arena:') ? ('arena' as const) : ('mode' as const),
          needs: g.needs,
        })),
        (r) => r.needs,
      ),
    },
    offerings: {
      rows: ranked(
        [...offerings.groups].map(([key, g]) => ({
          ...row(key, g),
          label: latestName.get(key)?.name ?? key,
          needs: g.needs,
        })),
      ),
    },
  };
}

/** The roles to filter by, grouped as the filter compares them, most interviews first. */
export function rolesOf(all: readonly InterviewFacts[]): CountRow[] {
  const roles = tally();
  for (const f of all) roles.add(groupKey(f.role), f.role, f.id);
  return ranked(
    [...roles.groups].map(([key, g]) => ({ key, label: commonSpelling(g.spellings), interviews: g.interviews.size })),
  );
}
