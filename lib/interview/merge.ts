import type { Interview } from './schema';

/**
 * Field-wise last-writer-wins merge. The result keeps `local`'s identity when
 * `incoming` brings nothing newer, so a store can skip a re-render.
 * Ties keep the local value, which makes the merge idempotent for echoes.
 */
export function mergeInterviews(local: Interview, incoming: Interview): Interview {
  let fields: Interview['fields'] | undefined;
  for (const [key, field] of Object.entries(incoming.fields)) {
    const mine = local.fields[key];
    if (mine && mine.t >= field.t) continue;
    fields ??= { ...local.fields };
    fields[key] = field;
  }
  return fields ? { ...local, fields } : local;
}

/** True when `a` holds a field that `b` lacks or has older: `b` must be written again. */
export function hasNewerFields(a: Interview, b: Interview): boolean {
  return Object.entries(a.fields).some(([key, field]) => {
    // Own fields only: the schema allows keys such as `toString`, which plain lookup finds on Object.prototype.
    const theirs = Object.hasOwn(b.fields, key) ? b.fields[key] : undefined;
    return !theirs || theirs.t < field.t;
  });
}
