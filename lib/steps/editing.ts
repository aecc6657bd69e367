import { z } from '../zod';
import type { StepKindName } from './index';

/*
 * How the script editor (options page only) holds, names and starts each
 * kind's parts. Kept out of the kind modules so the side panel, which runs
 * steps but never edits them, does not load it. Typed as a complete record:
 * a kind added without its entry here does not compile.
 */

/*
 * The same parts as the editor holds them (lib/script/draft.ts): the shape of
 * a step, any content. A draft is saved as typed, empty and unfinished; only a
 * script that passes the step schemas (parts.ts) becomes a version interviews can use.
 */
export const DraftTextSchema = z.string().check(z.maxLength(2000));
const DraftIdSchema = z.string().check(z.minLength(1), z.maxLength(40));
export const DraftChoiceSchema = z.object({
  id: DraftIdSchema,
  label: DraftTextSchema,
  description: z.optional(DraftTextSchema),
});
export const DraftQuestionSchema = z.object({ id: DraftIdSchema, text: DraftTextSchema, label: DraftTextSchema });
export function draftListOf<T extends z.ZodMiniType>(item: T) {
  return z.array(item).check(z.maxLength(60));
}
export const draftStepShape = {
  id: DraftIdSchema,
  title: DraftTextSchema,
  short: z.optional(DraftTextSchema),
  say: DraftTextSchema,
  guidance: draftListOf(DraftTextSchema),
  checks: draftListOf(DraftChoiceSchema),
  questions: draftListOf(DraftQuestionSchema),
  /** Null while the box is empty or not a number. */
  budgetMinutes: z.optional(z.nullable(z.number())),
};
export const DraftIdListSchema = draftListOf(z.string().check(z.maxLength(40)));

/** What a list in a step holds: lines of text, choices (a label) or questions (the question and its label). */
export type ListShape = 'line' | 'choice' | 'question';

/** A list of a step as the editor shows it: what one item is called ("arena") and the prefix of new ids. */
export interface ListPart {
  shape: ListShape;
  /** One item, in plain words, for labels and problems ("Step 2, arena 3: …"). */
  one: string;
  /** Where a new item's id starts; unused for lines. */
  idPrefix: string;
}

/** The lists every step has. */
export const STEP_LISTS = {
  guidance: { shape: 'line', one: 'guidance line', idPrefix: 'line' },
  checks: { shape: 'choice', one: 'check', idPrefix: 'check' },
  questions: { shape: 'question', one: 'question', idPrefix: 'q' },
} as const satisfies Record<string, ListPart>;

/** The fields every step has, in plain words for problems ("Step 3: the title is empty"). */
export const STEP_FIELDS: Readonly<Record<string, string>> = {
  id: 'the id',
  title: 'the title',
  short: 'the short label',
  say: 'what to say',
  budgetMinutes: 'the time budget',
};

/** A kind in the script editor (lib/script/draft.ts): its parts named in plain words, and a new step's parts. */
export interface KindEditing {
  /** What a step of the kind does, in one sentence, shown where steps are added. */
  about: string;
  /** The step as the editor holds it: the same shape as the kind's schema, any content (`draftStepShape`). */
  // biome-ignore lint/suspicious/noExplicitAny: each kind's own draft object.
  draft: z.ZodMiniObject<any>;
  /** The kind's own parts of a new step of this kind. */
  blank(): Record<string, unknown>;
  /** The kind's own lists ("arenas"), besides the lists every step has. */
  lists: Readonly<Record<string, ListPart>>;
  /** The kind's own fields, in plain words ("the arena limit"). */
  fields: Readonly<Record<string, string>>;
}

export const EDITING: { readonly [K in StepKindName]: KindEditing } = {
  questions: {
    about: 'What to say and free-text questions: a behavioural or technical interview is made of these.',
    draft: z.object({ ...draftStepShape, kind: z.literal('questions') }),
    blank: () => ({}),
    lists: {},
    fields: {},
  },
  arenaChoice: {
    about: 'The candidate chooses the arenas they want to grow in, up to a limit, and may add their own.',
    draft: z.object({
      ...draftStepShape,
      kind: z.literal('arenaChoice'),
      arenas: draftListOf(DraftChoiceSchema),
      maxArenas: z.nullable(z.number()),
      allowCustom: z.boolean(),
    }),
    blank: () => ({ arenas: [{ id: 'arena-1', label: '' }], maxArenas: 3, allowCustom: true }),
    lists: { arenas: { shape: 'choice', one: 'arena', idPrefix: 'arena' } },
    fields: { maxArenas: 'the arena limit', allowCustom: 'their own arenas' },
  },
  arenaGrid: {
    about: 'The same questions for every arena chosen in the arena choice before it; answers marked as needs go to the match.',
    draft: z.object({
      ...draftStepShape,
      kind: z.literal('arenaGrid'),
      grid: draftListOf(DraftQuestionSchema),
      needs: DraftIdListSchema,
      obstacles: z.optional(DraftIdListSchema),
    }),
    blank: () => ({ grid: [{ id: 'grid-1', text: '', label: '' }], needs: ['grid-1'], obstacles: [] }),
    lists: { grid: { shape: 'question', one: 'arena question', idPrefix: 'grid' } },
    fields: { needs: 'the needs', obstacles: 'the obstacles' },
  },
  growthModes: {
    about: 'The ways the candidate has grown before (courses, mentoring…), and the one they prefer.',
    draft: z.object({ ...draftStepShape, kind: z.literal('growthModes'), modes: draftListOf(DraftChoiceSchema) }),
    blank: () => ({ modes: [{ id: 'mode-1', label: '' }] }),
    lists: { modes: { shape: 'choice', one: 'growth mode', idPrefix: 'mode' } },
    fields: {},
  },
  match: {
    about: 'Each need named in the arena grid or growth modes before it, against what the company can honestly offer.',
    draft: z.object({ ...draftStepShape, kind: z.literal('match'), supports: draftListOf(DraftChoiceSchema) }),
    blank: () => ({
      supports: [
        { id: 'people', label: 'People', description: 'people who can help them succeed' },
        { id: 'resources', label: 'Resources', description: 'resources that help them get ahead' },
        { id: 'opportunities', label: 'Opportunities', description: 'opportunities that challenge them' },
      ],
    }),
    lists: { supports: { shape: 'choice', one: 'kind of support', idPrefix: 'support' } },
    fields: {},
  },
};
