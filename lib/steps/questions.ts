import { z } from '../zod';
import { NO_PROGRESS, type StepKind } from './kind';
import { stepShape } from './parts';

/** A plain step: what to say, guidance, ticks and free-text questions, nothing of its own. */
export const QuestionsStepSchema = z.object({ ...stepShape, kind: z.literal('questions') });
export type QuestionsStep = z.infer<typeof QuestionsStepSchema>;

export const questions: StepKind<QuestionsStep> = {
  kind: 'questions',
  name: 'Questions',
  schema: QuestionsStepSchema,
  single: false,
  ids: () => [],
  problems: () => [],
  progress: () => NO_PROGRESS,
  summary: () => [],
  notAnswers: [],
  stateWords: [],
};
