/**
 * Grouping for Insights (issue 20): names grouped whatever their case and
 * spacing, counted per interview and in all, shown as most interviews spelled
 * them, ranked most first with ties by name.
 */

export interface CountRow {
  key: string;
  /** The name as most interviews spell it (an offering: the name it had when last accepted). */
  label: string;
  /** Interviews it appears in (each counts once). */
  interviews: number;
}

/** The key names are grouped by: trimmed, spaces collapsed, lower case. */
export function groupKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most first; ties by name, so the order never depends on the order the records were read in. */
export function ranked<R extends CountRow>(rows: R[], count: (r: R) => number = (r) => r.interviews): R[] {
  return rows.sort((a, b) => count(b) - count(a) || b.interviews - a.interviews || byText(groupKey(a.label), groupKey(b.label)));
}

export interface Group {
  spellings: Map<string, number>;
  interviews: Set<string>;
  needs: number;
}

/** Counts by group key: the interviews each key appears in, how often in all, and how each was spelled. */
export function tally() {
  const groups = new Map<string, Group>();
  return {
    groups,
    add(key: string, label: string, interviewId: string): Group {
      let group = groups.get(key);
      if (!group) {
        group = { spellings: new Map(), interviews: new Set(), needs: 0 };
        groups.set(key, group);
      }
      const spelled = label.trim().replace(/\s+/g, ' ');
      group.spellings.set(spelled, (group.spellings.get(spelled) ?? 0) + 1);
      group.interviews.add(interviewId);
      group.needs += 1;
      return group;
    },
  };
}

/** The spelling most interviews used; ties go to the one that sorts first. */
export function commonSpelling(spellings: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [spelled, n] of spellings) {
    if (n > most || (n === most && byText(spelled, best) < 0)) {
      best = spelled;
      most = n;
    }
  }
  return best;
}
