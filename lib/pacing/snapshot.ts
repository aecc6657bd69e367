import type { Interview } from '../interview/schema';
import type { Script, Step } from '../script';
import { budgetMinutes, paceOf, type Remaining, remaining, type StepPace, totalBudgetMs } from './pace';
import { isRunning, readTimer, runningMs, stepSpent, totalSpent, wasUsed } from './timer';

/**
 * Everything the pacing bar shows, read once from the interview with the
 * running stretch left out. Every figure grows by exactly the running
 * stretch, so `paceAt` brings it to any moment without reading the interview
 * again: a tick costs a subtraction, and a keystroke that changes none of
 * these numbers changes nothing on screen.
 */
export interface PaceSnapshot {
  startedAt: number | null;
  running: boolean;
  used: boolean;
  stepId: string;
  finishedTotalMs: number;
  finishedStepMs: number;
  stepBudgetMinutes: number | null;
  totalBudgetMs: number;
  /** What is left with the running stretch not counted. */
  remaining: Remaining | null;
}

export function paceSnapshot(interview: Interview, script: Script, step: Step): PaceSnapshot {
  const timer = readTimer(interview);
  const stopped = { ...timer, startedAt: null };
  return {
    startedAt: timer.startedAt,
    running: isRunning(timer),
    used: wasUsed(timer),
    stepId: step.id,
    finishedTotalMs: totalSpent(stopped, 0),
    finishedStepMs: stepSpent(stopped, step.id, step.id, 0),
    stepBudgetMinutes: budgetMinutes(interview, step),
    totalBudgetMs: totalBudgetMs(interview, script),
    remaining: remaining(interview, script, stopped, step.id, 0),
  };
}

export interface PaceNow {
  totalMs: number;
  step: StepPace;
  remaining: Remaining | null;
}

export function paceAt(snapshot: PaceSnapshot, now: number): PaceNow {
  const run = runningMs(snapshot.startedAt, now);
  return {
    totalMs: snapshot.finishedTotalMs + run,
    step: paceOf(snapshot.stepId, snapshot.finishedStepMs + run, snapshot.stepBudgetMinutes),
    remaining: snapshot.remaining ? { ...snapshot.remaining, ms: snapshot.remaining.ms - run } : null,
  };
}
