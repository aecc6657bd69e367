import type { StepKindName } from '../steps';
import { DraftTextSchema, EDITING, type ListPart, STEP_FIELDS, STEP_LISTS } from '../steps/editing';
import { z } from '../zod';
import type { Script } from './schema';
import { SCRIPT_LIMITS, ScriptSchema, structureProblems } from './validate';

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

// --- Problems ---------------------------------------------------------------

/** A problem of a draft: where it is, in words and as a path into the draft, and what is wrong. */
export interface DraftProblem {
  /** "Step 3, question 2" (empty for the script as a whole). */
  where: string;
  /** "the question is empty" */
  what: string;
  /** Into the draft: `['steps', 2, 'questions', 1, 'text']`; the editor marks that field. */
  path: (string | number)[];
}

/** The line the editor shows: "Step 3, question 2: the question is empty." */
export function problemText(problem: DraftProblem): string {
  const what = problem.what.charAt(0).toUpperCase() + problem.what.slice(1);
  return problem.where ? `${problem.where}: ${problem.what}.` : `${what}.`;
}

/** Problems in the order of the editor: the script's own first, then step by step. */
function byPlace(a: DraftProblem, b: DraftProblem): number {
  const step = (p: DraftProblem) => (p.path[0] === 'steps' && typeof p.path[1] === 'number' ? p.path[1] : -1);
  return step(a) - step(b);
}

/** Everything that stops the draft from becoming a version, in the editor's order. */
export function draftProblems(draft: DraftScript): DraftProblem[] {
  const checked = ScriptSchema.safeParse(candidate(draft, 1));
  if (checked.success) return [];
  const seen = new Set<string>();
  const problems: DraftProblem[] = [];
  // The schema skips how steps fit together while their content has problems: say both at once.
  const structure = structureProblems(draft as unknown as Parameters<typeof structureProblems>[0]).map(
    ({ at, message }): DraftProblem => ({ where: `Step ${at + 1}`, what: message, path: ['steps', at] }),
  );
  const described = checked.error.issues.map((issue) => describe(draft, issue));
  for (const problem of [...described, ...structure].sort(byPlace)) {
    const key = `${problem.path.join('.')}|${problem.what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

export type Finished = { ok: true; script: Script } | { ok: false; problems: DraftProblem[] };

/** The draft as a version interviews can use, or what stops it. */
export function finishDraft(draft: DraftScript, version: number): Finished {
  const checked = ScriptSchema.safeParse(candidate(draft, version));
  return checked.success ? { ok: true, script: checked.data } : { ok: false, problems: draftProblems(draft) };
}

/**
 * What the schema checks: empty optional text left out (a blank short label
 * means "use the title"), and a grid's needs and obstacles that name a
 * question since removed dropped (the tick went with its question).
 */
function candidate(draft: DraftScript, version: number): unknown {
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

/** One schema issue as the editor says it. */
function describe(draft: DraftScript, issue: z.core.$ZodIssue): DraftProblem {
  const path = [...issue.path] as (string | number)[];
  if (path[0] !== 'steps' || typeof path[1] !== 'number') {
    if (path[0] === 'steps' && issue.code === 'too_small') return { where: '', what: 'a script needs at least one step', path };
    const field = path[0] === 'name' ? 'the name' : path[0] === 'credit' ? 'the credit' : 'the script';
    return { where: '', what: `${field} ${wrong(issue, 'text')}`, path };
  }
  const at = path[1];
  const step = draft.steps[at];
  const stepWhere = `Step ${at + 1}`;
  const part = path[2];
  if (!step || part === undefined) return { where: stepWhere, what: issue.message, path };
  const lists = listsOf(step.kind);
  const list = typeof part === 'string' ? lists[part] : undefined;
  if (list) {
    const n = path[3];
    if (typeof n !== 'number') {
      // The list as a whole: none, or too many.
      return {
        where: stepWhere,
        what: issue.code === 'too_small' ? `add at least one ${list.one}` : `${plural(list.one)} ${wrong(issue, 'list')}`,
        path,
      };
    }
    const where = `${stepWhere}, ${list.one} ${n + 1}`;
    const field = path[4];
    const name = list.shape === 'line' ? 'the line' : itemField(list, field);
    return { where, what: `${name} ${wrong(issue, 'text')}`, path };
  }
  const fieldName = STEP_FIELDS[String(part)] ?? EDITING[step.kind].fields[String(part)] ?? String(part);
  const kindOfValue = typeof step[String(part)] === 'number' || step[String(part)] === null ? 'number' : 'text';
  return { where: stepWhere, what: `${fieldName} ${wrong(issue, kindOfValue)}`, path };
}

function itemField(list: ListPart, field: string | number | undefined): string {
  if (field === 'text') return 'the question';
  if (field === 'label') return list.shape === 'question' ? 'the summary label' : 'the name';
  if (field === 'description') return 'the description';
  return 'the id';
}

function plural(one: string): string {
  return one.endsWith('s') ? one : one === 'kind of support' ? 'kinds of support' : `${one}s`;
}

/** What is wrong with a value, after its name: "is empty", "is too long (at most 2000 characters)". */
function wrong(issue: z.core.$ZodIssue, value: 'text' | 'number' | 'list'): string {
  switch (issue.code) {
    case 'too_small':
      if (value === 'number')
        return issue.inclusive === false
          ? `must be more than ${String(issue.minimum)}`
          : `must be at least ${String(issue.minimum)}`;
      return 'is empty';
    case 'too_big':
      if (value === 'number') return `must be at most ${String(issue.maximum)}`;
      if (value === 'list') return `are too many (at most ${String(issue.maximum)})`;
      return `is too long (at most ${String(issue.maximum)} characters)`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number';
      return value === 'number' || issue.expected === 'number' ? 'must be a number' : 'is missing';
    case 'invalid_format':
      return 'must be lower-case letters, digits and dashes';
    default:
      return issue.message;
  }
}
