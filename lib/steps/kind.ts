import type { Interview } from '../interview/schema';
import type { SummaryItem, SummaryOptions } from '../summary/model';
import type { z } from '../zod';
import type { ListPart, Progress, ScriptLike, StepLike } from './parts';

/**
 * A step kind, in one place: its schema, the ids it needs unique, what makes
 * no sense in a script, how its progress counts, its summary section and which
 * of its fields are not answers. Its field keys and the updates that write them
 * live beside it in the same module; `lib/steps/index.ts` lists the kinds and
 * `components/steps/index.ts` maps each kind to its component.
 *
 * Everything here is about the kind's own part: the step's ticks and free-text
 * questions are shared by every kind and handled once (progress.ts, the summary).
 */
export interface StepKind<S extends StepLike> {
  kind: S['kind'];
  // biome-ignore lint/suspicious/noExplicitAny: the union of kinds is built from each kind's own object schema.
  schema: z.ZodMiniObject<any> & z.ZodMiniType<S>;
  /** At most one step of this kind per script (what reads it finds "the" step of its kind). */
  single: boolean;
  /** Ids within the step, besides its checks and questions, that must be unique with them. */
  ids(step: S): string[];
  /** What makes no sense in a script around this step, in plain words; empty when it is fine. */
  problems(step: S, script: ScriptLike): string[];
  /** The kind's own part of the step's progress (the shared ticks and questions are counted apart). */
  progress(interview: Interview, script: ScriptLike, step: S): Progress;
  /** The kind's own items in the step's summary section, before the step's questions. */
  summary(interview: Interview, script: ScriptLike, step: S, options: SummaryOptions): SummaryItem[];
  /**
   * Prefixes of the kind's fields that are not what was said (copies of catalogue
   * data, how the panel is arranged): the summary's duration and search skip them.
   */
  notAnswers: readonly string[];
  /** Prefixes of the kind's fields that hold the product's own state words, which search skips. */
  stateWords: readonly string[];
  /** How the script editor holds, names and starts the kind's own parts. */
  editing: KindEditing;
}

/** A kind in the script editor (lib/script/draft.ts): its parts named in plain words, and a new step's parts. */
export interface KindEditing {
  /** The kind's name in the editor ("Arena grid"). */
  name: string;
  /** What a step of the kind does, in one sentence, shown where steps are added. */
  about: string;
  /** The step as the editor holds it: the same shape as `schema`, any content (parts.ts `draftStepShape`). */
  // biome-ignore lint/suspicious/noExplicitAny: each kind's own draft object.
  draft: z.ZodMiniObject<any>;
  /** The kind's own parts of a new step of this kind. */
  blank(): Record<string, unknown>;
  /** The kind's own lists ("arenas"), besides the lists every step has. */
  lists: Readonly<Record<string, ListPart>>;
  /** The kind's own fields, in plain words ("the arena limit"). */
  fields: Readonly<Record<string, string>>;
}

export const NO_PROGRESS: Progress = { done: 0, total: 0 };
