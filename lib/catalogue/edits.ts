import type { Catalogue, Offering } from './schema';

/** What the form edits: everything but the id, which is made once and kept. */
export type OfferingDraft = Omit<Offering, 'id'>;

/**
 * Pure edits of the personal catalogue. Each returns a new catalogue, or the
 * same object when nothing changes, so the caller can skip a write.
 */

/** "Mentoring circle" → "mentoring-circle", made unique against the ids in use. */
export function newOfferingId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'offering';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addOffering(catalogue: Catalogue, draft: OfferingDraft): { catalogue: Catalogue; id: string } {
  const id = newOfferingId(
    draft.name,
    catalogue.offerings.map((o) => o.id),
  );
  return { catalogue: { ...catalogue, offerings: [...catalogue.offerings, { id, ...draft }] }, id };
}

export function updateOffering(catalogue: Catalogue, id: string, draft: OfferingDraft): Catalogue {
  if (!catalogue.offerings.some((o) => o.id === id)) return catalogue;
  return { ...catalogue, offerings: catalogue.offerings.map((o) => (o.id === id ? { id, ...draft } : o)) };
}

/** Moves one place up (-1) or down (+1); at either end nothing changes. */
export function moveOffering(catalogue: Catalogue, id: string, by: -1 | 1): Catalogue {
  const from = catalogue.offerings.findIndex((o) => o.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= catalogue.offerings.length) return catalogue;
  const offerings = [...catalogue.offerings];
  const [moved] = offerings.splice(from, 1);
  if (moved) offerings.splice(to, 0, moved);
  return { ...catalogue, offerings };
}

export interface Removed {
  offering: Offering;
  index: number;
}

export function removeOffering(catalogue: Catalogue, id: string): { catalogue: Catalogue; removed: Removed | null } {
  const index = catalogue.offerings.findIndex((o) => o.id === id);
  const offering = catalogue.offerings[index];
  if (!offering) return { catalogue, removed: null };
  return { catalogue: { ...catalogue, offerings: catalogue.offerings.filter((o) => o.id !== id) }, removed: { offering, index } };
}

/** Undo of a delete: back at its place; if an offering took its id meanwhile, nothing changes. */
export function restoreOffering(catalogue: Catalogue, removed: Removed): Catalogue {
  if (catalogue.offerings.some((o) => o.id === removed.offering.id)) return catalogue;
  const offerings = [...catalogue.offerings];
  offerings.splice(Math.min(removed.index, offerings.length), 0, removed.offering);
  return { ...catalogue, offerings };
}

/** Adds offerings with new ids and replaces those whose id is already there, in place. */
export function mergeOfferings(catalogue: Catalogue, incoming: readonly Offering[]): Catalogue {
  const byId = new Map(incoming.map((o) => [o.id, o]));
  const kept = catalogue.offerings.map((o) => byId.get(o.id) ?? o);
  const known = new Set(catalogue.offerings.map((o) => o.id));
  return { ...catalogue, offerings: [...kept, ...incoming.filter((o) => !known.has(o.id))] };
}
