import { keys, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import type { Script, Step } from '../script';
import { openArenas } from '../steps/arena-grid';
import { stepSpent, type Timer, totalSpent } from './timer';

const MINUTE = 60_000;
/** Same ceiling as the script schema's budgets. */
export const MAX_BUDGET_MINUTES = 240;

/**
 * A step's budget in minutes: this interview's own when set ('0' means "no
 * budget here"), else the script's. Null when the step has none.
 */
export function budgetMinutes(interview: Interview, step: Step): number | null {
  const own = text(interview, keys.budget(step.id)).trim();
  const n = Number(own);
  if (own !== '' && Number.isFinite(n) && n >= 0 && n <= MAX_BUDGET_MINUTES) return n > 0 ? n : null;
  return step.budgetMinutes ?? null;
}

export interface StepPace {
  stepId: string;
  spentMs: number;
  budgetMs: number | null;
  /** How far past its budget the step is; 0 when within it or without one. */
  overMs: number;
}

export function stepPace(interview: Interview, step: Step, timer: Timer, currentStepId: string, now: number): StepPace {
  return paceOf(step.id, stepSpent(timer, step.id, currentStepId, now), budgetMinutes(interview, step));
}

/** The same from numbers already read: time spent and a budget in minutes (null: none). */
export function paceOf(stepId: string, spentMs: number, minutes: number | null): StepPace {
  const budgetMs = minutes === null ? null : minutes * MINUTE;
  return { stepId, spentMs, budgetMs, overMs: budgetMs === null ? 0 : Math.max(0, spentMs - budgetMs) };
}

export interface Remaining {
  /** What is left to cover: arenas on the arena grid step, steps elsewhere. */
  unit: 'arena' | 'step';
  count: number;
  /** Budget left, for the arenas' step or for the whole interview; negative when over. */
  ms: number;
}

/**
 * How much is left. On the arena grid it is the arenas not yet fully answered
 * and this step's budget left, which is what the interviewer paces against
 * there; elsewhere it is the steps from here to the end and the whole
 * interview's budget left. Null when no step has a budget.
 */
export function remaining(
  interview: Interview,
  script: Script,
  timer: Timer,
  currentStepId: string,
  now: number,
): Remaining | null {
  const index = Math.max(
    0,
    script.steps.findIndex((s) => s.id === currentStepId),
  );
  const step = script.steps[index];
  if (!step) return null;
  if (step.kind === 'arenaGrid') {
    const open = openArenas(interview, script, step);
    const pace = stepPace(interview, step, timer, step.id, now);
    if (open.length > 0 && pace.budgetMs !== null) return { unit: 'arena', count: open.length, ms: pace.budgetMs - pace.spentMs };
  }
  const budgets = script.steps.map((s) => budgetMinutes(interview, s));
  if (budgets.every((b) => b === null)) return null;
  const totalMs = budgets.reduce<number>((sum, b) => sum + (b ?? 0) * MINUTE, 0);
  return { unit: 'step', count: script.steps.length - index, ms: totalMs - totalSpent(timer, now) };
}

/** The whole interview's budget in ms (steps without one count nothing). */
export function totalBudgetMs(interview: Interview, script: Script): number {
  return script.steps.reduce((sum, s) => sum + (budgetMinutes(interview, s) ?? 0) * MINUTE, 0);
}
