import { matchContext } from '../../lib/catalogue/context';
import { honestyGap } from '../../lib/catalogue/honesty';
import { deriveNeeds, keys } from '../../lib/interview';
import type { Script, StepOf } from '../../lib/script';
import { AnswerField, CheckField } from '../AnswerField';
import { useCatalogue } from '../catalogue/CatalogueContext';
import { useDerived } from '../StoreContext';
import { CatalogueHint } from './match/CatalogueHint';
import { HonestyGuard } from './match/HonestyGuard';
import { NeedSuggestions } from './match/NeedSuggestions';
import './match/Match.css';

/**
 * Step 5: one card per need gathered in steps 3–4, with the catalogue's
 * ranked suggestions (each with its reasons), the honesty guard on the
 * growth-mode need when nothing serves it, and free text or a tick for what
 * the catalogue does not cover.
 */
export function Match({ script, step }: { script: Script; step: StepOf<'match'> }) {
  const needs = useDerived((s) => (s.interview ? deriveNeeds(s.interview, script) : []));
  const context = useDerived((s) => (s.interview ? matchContext(s.interview, script) : null));
  const catalogue = useCatalogue((s) => s.entries);
  // Until the catalogue is read, "nothing on offer" would be a guess, not a fact.
  const ready = useCatalogue((s) => s.phase === 'ready');
  const gap = context && ready ? honestyGap(catalogue, context) : null;
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
      <CatalogueHint />
      {needs.map((need) => (
        <section key={need.id} className="group" aria-label={need.label}>
          <h2>{need.label}</h2>
          {need.detail ? <p className="quote">{need.detail}</p> : null}
          {gap && need.source.kind === 'mode' && need.source.modeId === gap.modeId ? (
            <HonestyGuard gap={gap} need={need} />
          ) : context ? (
            <NeedSuggestions need={need} catalogue={catalogue} context={context} />
          ) : null}
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
