import type { Script, Step } from '../script';
import { chosenArenas } from './arenas';
import { acceptedFor, flag, isFilled, keys, text } from './fields';
import { deriveNeeds } from './needs';
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
      const answered = needs.filter(
        (n) =>
          flag(interview, keys.noOffer(n.id)) ||
          step.supports.some((s) => isFilled(interview.fields[keys.offer(n.id, s.id)]?.v)) ||
          acceptedFor(interview, n.id).length > 0 ||
          (n.source.kind === 'mode' && flag(interview, keys.gap(n.source.modeId))),
      );
      return { done: base.done + answered.length, total: base.total + needs.length };
    }
  }
}
