import type { StepKindName } from '../steps';
import { DraftTextSchema, EDITING, type ListPart, STEP_LISTS } from '../steps/editing';
import { z } from '../zod';
import type { Script } from './schema';
import { SCRIPT_LIMITS } from './validate';

/*
 * A script being edited (issue 18): the shape of a script with any content,
 * saved as typed so an edit is never lost. Only a draft that passes the
 * script schema becomes a version interviews can use (`finishDraft`); until
 * then its problems are said in plain words with where they are
 * (`draftProblems`: "Step 3, question 2: the question is empty").
 */

export const DraftStepSchema = z.discriminatedUnion(
  'kind',
  // Each kind's own draft: the same shape as its step, any content.
  Object.values(EDITING).map((k) => k.draft) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
);

export const DraftScriptSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/)),
  name: DraftTextSchema,
  credit: z.optional(DraftTextSchema),
  steps: z.array(DraftStepSchema).check(z.maxLength(SCRIPT_LIMITS.steps)),
});

/** One step as the editor holds it; the kind's own parts are read through `EDITING[kind]` (lib/steps/editing.ts). */
export interface DraftStep {
  id: string;
  kind: StepKindName;
  title: string;
  short?: string | undefined;
  say: string;
  guidance: string[];
  checks: DraftChoice[];
  questions: DraftQuestion[];
  budgetMinutes?: number | null | undefined;
  [part: string]: unknown;
}
export interface DraftChoice {
  id: string;
  label: string;
  description?: string | undefined;
}
export interface DraftQuestion {
  id: string;
  text: string;
  label: string;
}
export type DraftItem = string | DraftChoice | DraftQuestion;

export interface DraftScript {
  id: string;
  name: string;
  credit?: string | undefined;
  steps: DraftStep[];
}

/** A script to edit: every version is a valid draft. */
export function draftOf(script: Script, as?: { id: string; name: string }): DraftScript {
  const copy = structuredClone(script) as unknown as DraftScript & { version?: number };
  delete copy.version;
  return as ? { ...copy, id: as.id, name: as.name } : copy;
}

/** A new script of your own: one questions step to fill in. */
export function blankDraft(id: string, name: string): DraftScript {
  return { id, name, steps: [blankStep('questions', new Set())] };
}

/** The lists of a step of this kind: those every step has, then the kind's own. */
export function listsOf(kind: StepKindName): Readonly<Record<string, ListPart>> {
  return { ...STEP_LISTS, ...EDITING[kind].lists };
}

/** A new step of a kind, its id unique among `taken`. */
export function blankStep(kind: StepKindName, taken: ReadonlySet<string>): DraftStep {
  const editing = EDITING[kind];
  return {
    id: freeId(kind === 'questions' ? 'step' : kind.toLowerCase(), taken),
    kind,
    title: '',
    say: '',
    guidance: [],
    checks: [],
    questions: kind === 'questions' ? [{ id: 'q-1', text: '', label: '' }] : [],
    ...editing.blank(),
  };
}

/** `prefix-1`, `prefix-2`… the first not taken. */
export function freeId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Ids in use within a step (ticks, questions, the kind's own lists), which a new item's id must avoid. */
export function idsInStep(step: DraftStep): Set<string> {
  const ids = new Set<string>();
  for (const [list, part] of Object.entries(listsOf(step.kind))) {
    if (part.shape === 'line') continue;
    for (const item of listItems(step, list)) ids.add((item as DraftChoice).id);
  }
  return ids;
}

export function listItems(step: DraftStep, list: string): DraftItem[] {
  const items = step[list];
  return Array.isArray(items) ? (items as DraftItem[]) : [];
}

/** A new, empty item for a list of this shape. */
export function blankItem(part: ListPart, taken: ReadonlySet<string>): DraftItem {
  if (part.shape === 'line') return '';
  const id = freeId(part.idPrefix, taken);
  return part.shape === 'question' ? { id, text: '', label: '' } : { id, label: '' };
}

/**
 * What the schema checks: empty optional text left out (a blank short label
 * means "use the title"), and a grid's needs and obstacles that name a
 * question since removed dropped (the tick went with its question).
 */
export function candidate(draft: DraftScript, version: number): unknown {
  return {
    id: draft.id,
    name: draft.name,
    version,
    ...(draft.credit?.trim() ? { credit: draft.credit } : {}),
    steps: draft.steps.map((step) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(step)) {
        if ((key === 'short' && typeof value === 'string' && value.trim() === '') || value === null || value === undefined)
          continue;
        out[key] = Array.isArray(value) ? value.map(withoutBlankDescription) : value;
      }
      if (step.kind === 'arenaGrid') {
        const ids = new Set(listItems(step, 'grid').map((q) => (q as DraftQuestion).id));
        const needs = ((step.needs as string[] | undefined) ?? []).filter((id) => ids.has(id));
        out.needs = needs;
        out.obstacles = ((step.obstacles as string[] | undefined) ?? []).filter((id) => needs.includes(id));
      }
      return out;
    }),
  };
}

function withoutBlankDescription(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || !('description' in item)) return item;
  const { description, ...rest } = item as DraftChoice;
  return description?.trim() ? item : rest;
}
