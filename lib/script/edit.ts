import type { StepKindName } from '../steps';
import { blankItem, blankStep, type DraftItem, type DraftScript, type DraftStep, idsInStep, listItems, listsOf } from './draft';
import { SCRIPT_LIMITS } from './validate';

/*
 * The script editor's edits, pure: each takes a draft and gives the next one.
 * Removals say what they removed so "Undo remove" can put it back where it
 * was, found by the step's id (steps may have moved meanwhile).
 */

export type Removed =
  | { what: 'step'; at: number; step: DraftStep }
  | { what: 'item'; stepId: string; list: string; at: number; item: DraftItem };

export type Refused = 'full';

function mapStep(draft: DraftScript, at: number, change: (step: DraftStep) => DraftStep): DraftScript {
  return { ...draft, steps: draft.steps.map((s, i) => (i === at ? change(s) : s)) };
}

function move<T>(items: readonly T[], at: number, by: -1 | 1): T[] {
  const to = at + by;
  if (at < 0 || to < 0 || at >= items.length || to >= items.length) return [...items];
  const next = [...items];
  [next[at], next[to]] = [next[to] as T, next[at] as T];
  return next;
}

export function setName(draft: DraftScript, name: string): DraftScript {
  return { ...draft, name };
}

/** Sets one of a step's own fields (title, what to say, the arena limit…); not its kind, not its lists. */
export function setStepField(draft: DraftScript, at: number, field: string, value: unknown): DraftScript {
  if (field === 'kind' || field === 'id' || field in listsOf(draft.steps[at]?.kind ?? 'questions')) return draft;
  return mapStep(draft, at, (step) => ({ ...step, [field]: value }));
}

/** Adds a step of a kind after `after` (at the end when omitted); refused past the script's limit. */
export function addStep(
  draft: DraftScript,
  kind: StepKindName,
  after = draft.steps.length - 1,
): { draft: DraftScript; at: number } | { refused: Refused } {
  if (draft.steps.length >= SCRIPT_LIMITS.steps) return { refused: 'full' };
  const step = blankStep(kind, new Set(draft.steps.map((s) => s.id)));
  const at = Math.min(Math.max(after + 1, 0), draft.steps.length);
  return { draft: { ...draft, steps: [...draft.steps.slice(0, at), step, ...draft.steps.slice(at)] }, at };
}

export function removeStep(draft: DraftScript, at: number): { draft: DraftScript; removed: Removed } | null {
  const step = draft.steps[at];
  if (!step) return null;
  return { draft: { ...draft, steps: draft.steps.filter((_, i) => i !== at) }, removed: { what: 'step', at, step } };
}

export function moveStep(draft: DraftScript, at: number, by: -1 | 1): DraftScript {
  return { ...draft, steps: move(draft.steps, at, by) };
}

/** Adds an empty item at the end of a step's list; refused past the list's limit. */
export function addItem(
  draft: DraftScript,
  at: number,
  list: string,
): { draft: DraftScript; index: number } | { refused: Refused } {
  const step = draft.steps[at];
  const part = step ? listsOf(step.kind)[list] : undefined;
  if (!step || !part) return { refused: 'full' };
  const items = listItems(step, list);
  if (items.length >= SCRIPT_LIMITS.perList) return { refused: 'full' };
  const item = blankItem(part, idsInStep(step));
  return { draft: mapStep(draft, at, (s) => ({ ...s, [list]: [...items, item] })), index: items.length };
}

/** Changes one item of a list: a line's text, or one field of a choice or question (its id never). */
export function setItem(
  draft: DraftScript,
  at: number,
  list: string,
  index: number,
  field: string | null,
  value: string,
): DraftScript {
  return mapStep(draft, at, (step) => ({
    ...step,
    [list]: listItems(step, list).map((item, i) => {
      if (i !== index) return item;
      if (typeof item === 'string' || field === null) return value;
      return field === 'id' ? item : { ...item, [field]: value };
    }),
  }));
}

export function removeItem(
  draft: DraftScript,
  at: number,
  list: string,
  index: number,
): { draft: DraftScript; removed: Removed } | null {
  const step = draft.steps[at];
  const item = step ? listItems(step, list)[index] : undefined;
  if (!step || item === undefined) return null;
  return {
    draft: mapStep(draft, at, (s) => ({ ...s, [list]: listItems(s, list).filter((_, i) => i !== index) })),
    removed: { what: 'item', stepId: step.id, list, at: index, item },
  };
}

export function moveItem(draft: DraftScript, at: number, list: string, index: number, by: -1 | 1): DraftScript {
  return mapStep(draft, at, (step) => ({ ...step, [list]: move(listItems(step, list), index, by) }));
}

/**
 * Puts back what was removed, where it was. An item goes back to its step
 * wherever that step is now; null when its step is gone too, or when the
 * script or the list is full again.
 */
export function restore(draft: DraftScript, removed: Removed): { draft: DraftScript; at: number } | null {
  if (removed.what === 'step') {
    if (draft.steps.length >= SCRIPT_LIMITS.steps || draft.steps.some((s) => s.id === removed.step.id)) return null;
    const at = Math.min(removed.at, draft.steps.length);
    return { draft: { ...draft, steps: [...draft.steps.slice(0, at), removed.step, ...draft.steps.slice(at)] }, at };
  }
  const at = draft.steps.findIndex((s) => s.id === removed.stepId);
  const step = draft.steps[at];
  if (!step) return null;
  const items = listItems(step, removed.list);
  if (items.length >= SCRIPT_LIMITS.perList) return null;
  const index = Math.min(removed.at, items.length);
  return {
    draft: mapStep(draft, at, (s) => ({ ...s, [removed.list]: [...items.slice(0, index), removed.item, ...items.slice(index)] })),
    at,
  };
}

/** A grid question's "need" and "obstacle" ticks: an obstacle is always a need, so unticking the need unticks both. */
export function setGridFlag(
  draft: DraftScript,
  at: number,
  questionId: string,
  flag: 'needs' | 'obstacles',
  on: boolean,
): DraftScript {
  return mapStep(draft, at, (step) => {
    const needs = new Set((step.needs as string[] | undefined) ?? []);
    const obstacles = new Set((step.obstacles as string[] | undefined) ?? []);
    const set = flag === 'needs' ? needs : obstacles;
    if (on) set.add(questionId);
    else set.delete(questionId);
    if (flag === 'obstacles' && on) needs.add(questionId);
    if (flag === 'needs' && !on) obstacles.delete(questionId);
    return { ...step, needs: [...needs], obstacles: [...obstacles] };
  });
}
