import { keys, setFields, text } from '../interview';
import type { Interview } from '../interview/schema';

/**
 * The interview timer, kept in the interview's own fields so it merges per
 * field like any answer and survives a closed panel: each step's finished
 * time (`time:<step>`) plus the running stretch since `timer:startedAt`.
 * Pure: the caller passes `now`; nothing here ticks.
 */
export interface Timer {
  /** When the running stretch began, or null while paused or never started. */
  startedAt: number | null;
  /** Finished time per step id, in ms, without the running stretch. */
  spent: Readonly<Record<string, number>>;
}

/** A stored number, or 0 when it is missing, blank or not a sane non-negative number. */
function storedMs(interview: Interview, key: string): number {
  const n = Number(text(interview, key));
  return text(interview, key) !== '' && Number.isFinite(n) && n >= 0 ? n : 0;
}

const TIME_PREFIX = keys.time('');

export function readTimer(interview: Interview): Timer {
  const spent: Record<string, number> = {};
  for (const key of Object.keys(interview.fields)) {
    if (!key.startsWith(TIME_PREFIX)) continue;
    const ms = storedMs(interview, key);
    if (ms > 0) spent[key.slice(TIME_PREFIX.length)] = ms;
  }
  const started = storedMs(interview, keys.timerStartedAt);
  return { startedAt: started > 0 ? started : null, spent };
}

export function isRunning(timer: Timer): boolean {
  return timer.startedAt !== null;
}

/** True once the timer has been started at least once. */
export function wasUsed(timer: Timer): boolean {
  return isRunning(timer) || Object.keys(timer.spent).length > 0;
}

/** The running stretch; a start stamped in the future (another machine's clock) counts as nothing yet. */
export function runningMs(startedAt: number | null, now: number): number {
  return startedAt === null ? 0 : Math.max(0, now - startedAt);
}

function running(timer: Timer, now: number): number {
  return runningMs(timer.startedAt, now);
}

/** Time on one step; the running stretch belongs to the current step. */
export function stepSpent(timer: Timer, stepId: string, currentStepId: string, now: number): number {
  return (timer.spent[stepId] ?? 0) + (stepId === currentStepId ? running(timer, now) : 0);
}

export function totalSpent(timer: Timer, now: number): number {
  return Object.values(timer.spent).reduce((sum, ms) => sum + ms, 0) + running(timer, now);
}

/** Starts (or resumes) the timer on the current step; no change when it already runs. */
export function startTimer(interview: Interview, now: number, t: number): Interview {
  if (isRunning(readTimer(interview))) return interview;
  return setFields(interview, { [keys.timerStartedAt]: String(now) }, t);
}

/** Folds the running stretch into the current step and stops. */
export function pauseTimer(interview: Interview, currentStepId: string, now: number, t: number): Interview {
  const timer = readTimer(interview);
  if (!isRunning(timer)) return interview;
  return setFields(
    interview,
    {
      [keys.time(currentStepId)]: String(stepSpent(timer, currentStepId, currentStepId, now)),
      [keys.timerStartedAt]: '',
    },
    t,
  );
}

/**
 * Moving to another step while the timer runs: the stretch so far is the
 * old step's, and a new stretch begins for the new one. Paused: nothing to do.
 */
export function switchStep(interview: Interview, fromStepId: string, now: number, t: number): Interview {
  const timer = readTimer(interview);
  if (!isRunning(timer)) return interview;
  return setFields(
    interview,
    {
      [keys.time(fromStepId)]: String(stepSpent(timer, fromStepId, fromStepId, now)),
      [keys.timerStartedAt]: String(now),
    },
    t,
  );
}
