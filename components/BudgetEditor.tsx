import { useId, useState } from 'react';
import { budgetMinutes, MAX_BUDGET_MINUTES } from '../lib/pacing';
import type { Script, Step } from '../lib/script';
import { useActions, useInterviews } from './StoreContext';

/** "Time budgets": this interview's minutes per step, starting from the script's. */
export function BudgetEditor({ script }: { script: Script }) {
  return (
    <details className="pace-budgets">
      <summary>Time budgets</summary>
      <ul>
        {script.steps.map((step) => (
          <BudgetInput key={step.id} step={step} />
        ))}
      </ul>
      <p className="hint">Whole minutes, 0 for none. Empty goes back to the script’s suggestion.</p>
    </details>
  );
}

function BudgetInput({ step }: { step: Step }) {
  const actions = useActions();
  const minutes = useInterviews((s) => (s.interview ? budgetMinutes(s.interview, step) : null));
  const shown = String(minutes ?? 0);
  // What the user is typing, until they leave the box: an empty box must stay
  // empty while they type, although the budget behind it is the script's.
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();
  return (
    <li>
      <label>
        <span className="pace-budget-step">{step.short ?? step.title}</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_BUDGET_MINUTES}
          step={1}
          aria-label={`Budget for ${step.title}, minutes`}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? hintId : undefined}
          value={draft ?? shown}
          onChange={(e) => {
            setDraft(e.target.value);
            setInvalid(!actions.setBudget(step.id, e.target.value));
          }}
          onBlur={() => {
            setDraft(null);
            setInvalid(false);
          }}
        />
        <span aria-hidden="true">min</span>
      </label>
      {invalid ? (
        <span id={hintId} className="hint pace-invalid">
          0 to {MAX_BUDGET_MINUTES} whole minutes; not saved.
        </span>
      ) : null}
    </li>
  );
}
