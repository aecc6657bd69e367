import fc from 'fast-check';

/**
 * Random damage to a valid JSON document, for property tests of everything
 * that reads stored or imported data: delete keys, change types, hostile keys
 * (`__proto__`, `constructor`), huge numbers, deep nesting, extra fields,
 * stamps made older or newer, duplicated list entries.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** A stamp far in the future, for fields that must win a merge. */
const FUTURE = Date.UTC(2100, 0, 1);

const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, -0, 0.5, 2 ** 64, Number.MIN_VALUE] as const;

export type Mutation =
  | { kind: 'delete' | 'retype' | 'older' | 'newer' | 'copy'; at: number }
  | { kind: 'replace' | 'proto' | 'constructor'; at: number; value: Json }
  | { kind: 'huge'; at: number; pick: number }
  | { kind: 'nest'; at: number; depth: number; value: Json }
  | { kind: 'field'; at: number; key: string; value: Json };

const json = (maxDepth: number) => fc.jsonValue({ maxDepth }) as fc.Arbitrary<Json>;

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'retype', 'older', 'newer', 'copy'), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace'), at: fc.nat(), value: json(3) }),
  fc.record({
    kind: fc.constantFrom('proto', 'constructor'),
    at: fc.nat(),
    value: fc.oneof(fc.constant<Json>({ polluted: true }), json(2)),
  }),
  fc.record({ kind: fc.constant('huge'), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('nest'), at: fc.nat(), depth: fc.integer({ min: 1, max: 200 }), value: json(1) }),
  fc.record({
    kind: fc.constant('field'),
    at: fc.nat(),
    key: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('constructor', 'toString', 'hasOwnProperty', '__proto__', 'prototype', 'valueOf', 'answer:difference:note'),
    ),
    value: fc.oneof(
      fc.record({
        v: fc.oneof(fc.string({ maxLength: 10 }), fc.boolean()),
        t: fc.oneof(fc.nat(), fc.constant(FUTURE)),
      }) as fc.Arbitrary<Json>,
      json(2),
    ),
  }),
);

/** Every place in a JSON tree, the root first. */
function paths(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...prefix, i])));
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.keys(value).flatMap((k) => paths(value[k] as Json, [...prefix, k])));
  }
  return here;
}

function valueAt(root: Json, path: Path): Json {
  let node = root;
  for (const step of path) node = (node as Record<string | number, Json>)[step] as Json;
  return node;
}

/** Sets an own property, even `__proto__` (plain assignment would change the prototype instead). */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function retype(value: Json): Json {
  if (typeof value === 'string') return Number.isNaN(Number(value)) ? value.length : Number(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (value === null) return {};
  return Object.values(value);
}

const isObject = (v: Json): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Applies one mutation in place. The root itself is never replaced. Values
 * from the mutation are copied in: fast-check reuses them while shrinking,
 * and a later mutation must not change them.
 */
export function mutate(root: Json, m: Mutation): void {
  const all = paths(root);
  const path = all[m.at % all.length] as Path;
  const target = valueAt(root, path);
  const parent = path.length > 0 ? valueAt(root, path.slice(0, -1)) : null;
  const key = path[path.length - 1];
  const set = (value: Json) => {
    if (parent !== null && typeof parent === 'object' && key !== undefined) defineOwn(parent, key, value);
  };
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (isObject(parent ?? null) && key !== undefined) delete (parent as Record<string, Json>)[key];
      return;
    case 'retype':
      set(retype(target));
      return;
    case 'older':
    case 'newer':
      if (typeof target === 'number') set(m.kind === 'newer' ? target + 1 + (m.at % 100_000) : target - 1 - (m.at % 1000));
      return;
    case 'copy':
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[m.at % target.length] as Json));
      return;
    case 'replace':
      set(structuredClone(m.value));
      return;
    case 'proto':
    case 'constructor':
      if (isObject(target))
        defineOwn(
          target,
          m.kind === 'proto' ? '__proto__' : 'constructor',
          structuredClone(m.kind === 'proto' ? m.value : { prototype: m.value }),
        );
      return;
    case 'huge':
      set(HUGE[m.pick % HUGE.length] as number);
      return;
    case 'nest': {
      let value: Json = structuredClone(m.value);
      for (let i = 0; i < m.depth; i += 1) value = i % 2 === 0 ? [value] : { deeper: value };
      set(value);
      return;
    }
    case 'field': {
      // Into one of the `fields` objects of the document, where the interesting keys live.
      const holders = all.map((p) => valueAt(root, p)).filter((v) => isObject(v) && isObject(v.fields ?? null));
      const holder = holders[m.at % Math.max(holders.length, 1)];
      if (holder && isObject(holder)) defineOwn(holder.fields as object, m.key, structuredClone(m.value));
    }
  }
}
