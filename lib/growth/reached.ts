import { keys, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import type { Script, Step } from '../script';
import { stepProgress } from '../steps';

/**
 * The steps the interview got to: up to the furthest of the step it is on and
 * the last step with anything captured (moving back to fix an answer does not
 * un-reach what came after). A step beyond gives the candidate nothing, not
 * even what it would derive from earlier steps (step 5's needs).
 */
export function reachedSteps(interview: Interview, script: Script): Step[] {
  const on = script.steps.findIndex((s) => s.id === text(interview, keys.step));
  let last = Math.max(0, on);
  script.steps.forEach((step, i) => {
    if (i > last && stepProgress(interview, script, step).done > 0) last = i;
  });
  return script.steps.slice(0, last + 1);
}
