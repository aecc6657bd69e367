import type { Interview } from '../interview/schema';
import type { SummaryItem, SummaryOptions } from '../summary/model';
import type { z } from '../zod';
import type { Progress, ScriptLike, StepLike } from './parts';

/**
 * A step kind, in one place: its schema, the ids it needs unique, what makes
 * no sense in a script, how its progress counts, its summary section and which
 * of its fields are not answers. Its field keys and the updates that write them
 * live beside it in the same module; `lib/steps/index.ts` lists the kinds and
 * `components/steps/index.ts` maps each kind to its component.
 *
 * Everything here is about the kind's own part: the step's ticks and free-text
 * questions are shared by every kind and handled once, in `lib/steps/index.ts`
 * (`stepProgress`, `stepItems`).
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
  /** The kind's name in plain words ("Arena choice"), for the editor and for problems. */
  name: string;
}

export const NO_PROGRESS: Progress = { done: 0, total: 0 };
