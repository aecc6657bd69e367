import { budgetMinutes, paceOf, readTimer, runningMs, spentText, spentWords, wasUsed } from '../lib/pacing';
import type { Step } from '../lib/script';
import { useDerived } from './StoreContext';
import { useTicking } from './useTicking';
import './PacingBar.css';

/**
 * Time spent against budget under one step of the step list ("3/5 min"),
 * amber once it runs over. Subscribes to its own step's numbers only, and
 * ticks only while it is the current step and the timer runs.
 */
export function StepTime({ step, current }: { step: Step; current: boolean }) {
  const data = useDerived((s) => {
    if (!s.interview) return null;
    const timer = readTimer(s.interview);
    return {
      startedAt: current ? timer.startedAt : null,
      spent: timer.spent[step.id] ?? 0,
      budget: budgetMinutes(s.interview, step),
      used: wasUsed(timer),
    };
  });
  const now = useTicking(data?.startedAt ?? null);
  if (!data || (!data.used && data.budget === null)) return null;
  const pace = paceOf(step.id, data.spent + runningMs(data.startedAt, now), data.budget);
  const over = pace.overMs > 0;
  return (
    <>
      <span className={`step-time${over ? ' step-time-over' : ''}`} aria-hidden="true">
        {spentText(pace.spentMs, pace.budgetMs)}
      </span>
      <span className="sr-only">({spentWords(pace.spentMs, pace.budgetMs)})</span>
    </>
  );
}
