import { deriveNeeds, keys } from '../../lib/interview';
import type { Script, StepOf } from '../../lib/script';
import { AnswerField, CheckField } from '../AnswerField';
import { useDerived } from '../StoreContext';

/**
 * Step 5: one card per need gathered in steps 3–4, with what the company can
 * really offer for it, or a tick that it has nothing. The offering catalogue
 * will slot into each card (suggestions above the fields).
 */
export function Match({ script, step }: { script: Script; step: StepOf<'match'> }) {
  const needs = useDerived((s) => (s.interview ? deriveNeeds(s.interview, script) : []));
  if (needs.length === 0) {
    return (
      <p className="empty">
        No needs gathered yet. What the candidate wants to learn, their biggest obstacles (step 3) and the way they prefer to grow
        (step 4) appear here to be matched.
      </p>
    );
  }
  return (
    <>
      {needs.map((need) => (
        <section key={need.id} className="group" aria-label={need.label}>
          <h2>{need.label}</h2>
          {need.detail ? <p className="quote">{need.detail}</p> : null}
          {step.supports.map((support) => (
            <AnswerField
              key={support.id}
              rows={1}
              className="field-compact"
              fieldKey={keys.offer(need.id, support.id)}
              label={
                <>
                  {support.label}
                  <span className="sr-only"> for {need.label}</span>
                </>
              }
            />
          ))}
          <CheckField
            fieldKey={keys.noOffer(need.id)}
            label={
              <>
                Nothing we can honestly offer here
                <span className="sr-only"> for {need.label}</span>
              </>
            }
          />
        </section>
      ))}
    </>
  );
}
