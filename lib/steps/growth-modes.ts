import { flag, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import { setFields } from '../interview/update';
import { item } from '../summary/model';
import { z } from '../zod';
import type { StepKind } from './kind';
import { type Choice, ChoiceSchema, listOf, stepShape } from './parts';

/** Step 4: how the candidate has grown before (ticks), and the one way they grow best. */
export const GrowthModesStepSchema = z.object({
  ...stepShape,
  kind: z.literal('growthModes'),
  modes: listOf(ChoiceSchema).check(z.minLength(1)),
});
export type GrowthModesStep = z.infer<typeof GrowthModesStepSchema>;

/** Field keys, scoped to the step: a mode they have grown through, and the one they prefer (its id). */
export const modeKeys = {
  mode: (stepId: string, modeId: string) => `mode:${stepId}:${modeId}`,
  preferred: (stepId: string) => `preferredMode:${stepId}`,
};

/** Their preferred way to grow, when they named one of the step's modes. */
export function preferredMode(interview: Interview, step: GrowthModesStep): Choice | undefined {
  const id = text(interview, modeKeys.preferred(step.id));
  return step.modes.find((m) => m.id === id);
}

/** The modes they have grown through (ticked). */
export function grewThrough(interview: Interview, step: GrowthModesStep): Choice[] {
  return step.modes.filter((m) => flag(interview, modeKeys.mode(step.id, m.id)));
}

/** The preferred growth mode is always one of the ticked modes. */
export function setPreferredMode(interview: Interview, step: GrowthModesStep, modeId: string, t: number): Interview {
  return setFields(
    interview,
    { [modeKeys.preferred(step.id)]: modeId, ...(modeId ? { [modeKeys.mode(step.id, modeId)]: true } : {}) },
    t,
  );
}

/** Unticking the preferred mode also clears the preference. */
export function toggleMode(interview: Interview, step: GrowthModesStep, modeId: string, on: boolean, t: number): Interview {
  const preferred = interview.fields[modeKeys.preferred(step.id)]?.v === modeId;
  return setFields(
    interview,
    { [modeKeys.mode(step.id, modeId)]: on, ...(!on && preferred ? { [modeKeys.preferred(step.id)]: '' } : {}) },
    t,
  );
}

export const growthModes: StepKind<GrowthModesStep> = {
  kind: 'growthModes',
  name: 'Growth modes',
  schema: GrowthModesStepSchema,
  single: true,
  ids: (step) => step.modes.map((m) => m.id),
  problems: () => [],
  progress: (interview, _script, step) => ({
    done: Number(grewThrough(interview, step).length > 0) + Number(text(interview, modeKeys.preferred(step.id)) !== ''),
    total: 2,
  }),
  summary: (interview, _script, step) => {
    const modes = grewThrough(interview, step);
    const preferred = preferredMode(interview, step);
    return [
      ...(modes.length > 0 ? [item('Has grown through', modes.map((m) => m.label).join('; '))] : []),
      ...(preferred ? [item('Prefers', preferred.label)] : []),
    ];
  },
  notAnswers: [],
  stateWords: [],
};
