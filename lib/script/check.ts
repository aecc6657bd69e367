import { EDITING, type ListPart, STEP_FIELDS } from '../steps/editing';
import type { z } from '../zod';
import { candidate, type DraftScript, listsOf } from './draft';
import type { Script } from './schema';
import { ScriptSchema, structureProblems } from './validate';

/*
 * What stops a draft from becoming a version, said in plain words with where
 * it is ("Step 3, question 2: the question is empty"), and a valid draft
 * finished into a version.
 */

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
