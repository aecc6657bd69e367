import { describeIssues } from '../zod';
import { type CatalogueEntry, MANAGED_PREFIX, type Offering, OfferingSchema } from './schema';

/** The managed storage key an administrator sets (see public/managed_schema.json and docs/teams.md). */
export const MANAGED_KEY = 'catalogue';

export interface ManagedRead {
  offerings: Offering[];
  /** Entries of the policy that could not be used, each with its path. */
  problems: string[];
}

/**
 * The administrator's catalogue as the policy delivered it. Each entry is
 * validated on its own: one mistyped entry is reported and left out, the rest
 * still reach every interviewer. Nothing here is ever written back.
 */
export function parseManaged(raw: unknown): ManagedRead {
  if (raw === undefined || raw === null) return { offerings: [], problems: [] };
  if (!Array.isArray(raw)) return { offerings: [], problems: [`${MANAGED_KEY}: expected a list of offerings`] };
  const offerings: Offering[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const parsed = OfferingSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(...describeIssues(parsed.error, 3).map((r) => (r.startsWith('…') ? r : `${MANAGED_KEY}.${i}.${r}`)));
    } else if (seen.has(parsed.data.id)) {
      problems.push(`${MANAGED_KEY}.${i}.id: "${parsed.data.id}" appears earlier in the list`);
    } else {
      seen.add(parsed.data.id);
      offerings.push(parsed.data);
    }
  });
  return { offerings, problems };
}

/**
 * One catalogue: the organisation's entries first (ids prefixed `org.`, so a
 * personal entry with the same id never collides with or shadows one), then
 * the interviewer's own.
 */
export function mergeCatalogues(managed: readonly Offering[], personal: readonly Offering[]): CatalogueEntry[] {
  return [
    ...managed.map((o): CatalogueEntry => ({ ...o, id: `${MANAGED_PREFIX}${o.id}`, source: 'org' })),
    ...personal.map((o): CatalogueEntry => ({ ...o, source: 'personal' })),
  ];
}
