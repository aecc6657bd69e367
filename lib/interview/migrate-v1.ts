/**
 * Interview records, schema 1 → 2 (issue 17): the fields of each step kind
 * are scoped to their step id, so a script may hold two steps of one kind, and
 * step 5's needs are named by the step they come from.
 *
 * Frozen: schema 1 was only ever written for the built-in Reverse Interview,
 * whose steps then had these ids. It must keep reading old records the same
 * way whatever the built-in script (or this codebase's keys) become later.
 * Ticks, answers, the header and pacing fields were already scoped and stay.
 */
const CHOICE = 'arenas';
const GRID = 'reality';
const MODES = 'growth';
const MATCH = 'match';

/** A schema-1 need id (`<arena>/<question>` or `mode/<mode>`) as schema 2 names it. */
function needV2(id: string): string {
  return id.startsWith('mode/') ? `${MODES}/${id.slice('mode/'.length)}` : `${GRID}/${id}`;
}

/** `<need>:<rest>` with the need renamed. */
function needThen(rest: string): string {
  const at = rest.indexOf(':');
  return at === -1 ? needV2(rest) : `${needV2(rest.slice(0, at))}${rest.slice(at)}`;
}

const RULES: readonly [prefix: string, to: (rest: string) => string][] = [
  ['arena:', (r) => `arena:${CHOICE}:${r}`],
  ['customArena:', (r) => `customArena:${CHOICE}:${r}`],
  ['grid:', (r) => `grid:${GRID}:${r}`],
  ['mode:', (r) => `mode:${MODES}:${r}`],
  ['offer:', (r) => `offer:${MATCH}:${needThen(r)}`],
  ['noOffer:', (r) => `noOffer:${MATCH}:${needV2(r)}`],
  ['match:', (r) => `match:${MATCH}:${needThen(r)}`],
  ['matchNote:', (r) => `matchNote:${MATCH}:${needThen(r)}`],
  ['offeringName:', (r) => `offeringName:${MATCH}:${needThen(r)}`],
  ['offeringKind:', (r) => `offeringKind:${MATCH}:${needThen(r)}`],
  ['offeringModes:', (r) => `offeringModes:${MATCH}:${needThen(r)}`],
  ['discuss:', (r) => `discuss:${MATCH}:${needV2(r)}`],
  // A gap was recorded against the preferred mode; it is now recorded against that mode's need.
  ['gap:', (r) => `gap:${MATCH}:${MODES}/${r}`],
];

/** A schema-1 field key as schema 2 names it (marks follow the answer they mark). */
export function fieldKeyV2(key: string): string {
  if (key === 'preferredMode') return `preferredMode:${MODES}`;
  if (key.startsWith('mark:')) return `mark:${fieldKeyV2(key.slice('mark:'.length))}`;
  for (const [prefix, to] of RULES) if (key.startsWith(prefix)) return to(key.slice(prefix.length));
  return key;
}

/** The schema-1 record with its fields renamed. Anything else (and anything unexpected) is left for validation to judge. */
export function interviewV1toV2(v1: { fields?: unknown }): unknown {
  const fields = v1.fields;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return { ...v1, schema: 2 };
  return {
    ...v1,
    schema: 2,
    fields: Object.fromEntries(Object.entries(fields).map(([key, value]) => [fieldKeyV2(key), value])),
  };
}
