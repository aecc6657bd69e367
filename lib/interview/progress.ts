import type { Script, Step, StepOf } from '../script';
import { chosenArenas } from './arenas';
import { acceptedFor, flag, isFilled, keys, text } from './fields';
import { deriveNeeds, type Need } from './needs';
import type { Interview } from './schema';

export interface Progress {
  done: number;
  total: number;
}

/** How much of a step has been captured, for the step list. */
export function stepProgress(interview: Interview, script: Script, step: Step): Progress {
  const base = {
    done:
      step.checks.filter((c) => flag(interview, keys.check(step.id, c.id))).length +
      step.questions.filter((q) => isFilled(interview.fields[keys.answer(step.id, q.id)]?.v)).length,
    total: step.checks.length + step.questions.length,
  };
  switch (step.kind) {
    case 'questions':
      return base;
    case 'arenaChoice':
      return { done: base.done + Math.min(chosenArenas(interview, script).length, 1), total: base.total + 1 };
    case 'arenaGrid': {
      const arenas = chosenArenas(interview, script);
      const filled = arenas.flatMap((a) => step.grid.filter((q) => isFilled(interview.fields[keys.grid(a.id, q.id)]?.v)));
      return { done: base.done + filled.length, total: base.total + arenas.length * step.grid.length };
    }
    case 'growthModes': {
      const anyMode = step.modes.some((m) => flag(interview, keys.mode(m.id)));
      const preferred = text(interview, keys.preferredMode) !== '';
      return { done: base.done + Number(anyMode) + Number(preferred), total: base.total + 2 };
    }
    case 'match': {
      const needs = deriveNeeds(interview, script);
      const answered = needs.filter((n) => needAnswered(interview, step, n));
      return { done: base.done + answered.length, total: base.total + needs.length };
    }
  }
}

/** A need of step 5 is answered by an offer, an accepted offering, "nothing to offer", or the recorded gap. */
export function needAnswered(interview: Interview, step: StepOf<'match'>, need: Need): boolean {
  return (
    flag(interview, keys.noOffer(need.id)) ||
    step.supports.some((s) => isFilled(interview.fields[keys.offer(need.id, s.id)]?.v)) ||
    acceptedFor(interview, need.id).length > 0 ||
    (need.source.kind === 'mode' && flag(interview, keys.gap(need.source.modeId)))
  );
}

/** Anything recorded against a need of step 5: an answer, or a decision or note on a suggestion. */
export function needTouched(interview: Interview, step: StepOf<'match'>, need: Need): boolean {
  if (needAnswered(interview, step, need)) return true;
  const prefixes = [`match:${need.id}:`, `matchNote:${need.id}:`];
  return Object.entries(interview.fields).some(([key, field]) => prefixes.some((p) => key.startsWith(p)) && isFilled(field.v));
}
