import { useMemo, useState } from 'react';
import { matchContext } from '../../lib/catalogue/context';
import { planNeeds } from '../../lib/catalogue/discuss';
import { honestyGap } from '../../lib/catalogue/honesty';
import type { Script } from '../../lib/script';
import { deriveNeeds, type MatchStep, matchKeys, needTouched } from '../../lib/steps/match';
import { useCatalogue } from '../catalogue/CatalogueContext';
import { useActions, useDerived } from '../StoreContext';
import { CatalogueHint } from './match/CatalogueHint';
import { DetailsProvider } from './match/details';
import { FoldedNeeds } from './match/FoldedNeeds';
import { NeedCard } from './match/NeedCard';
import { MatchStepProvider } from './match/step';
import './match/Match.css';

const FOLDED = ' folded';

/**
 * Step 5, made for a glance during the call (issue 21): the few needs worth
 * discussing, each with its best suggestion and why, the honesty guard where
 * their preferred way to grow has no offering, and everything else folded into
 * one line. Nothing recorded is ever folded away by default.
 */
export function Match({ script, step }: { script: Script; step: MatchStep }) {
  const actions = useActions();
  const needs = useDerived((s) => (s.interview ? deriveNeeds(s.interview, script, step) : []));
  const context = useDerived((s) => (s.interview ? matchContext(s.interview, script, step) : null));
  const chosen = useDerived((s) =>
    Object.fromEntries(needs.map((n) => [n.id, s.interview?.fields[matchKeys.discuss(step.id, n.id)]?.v])),
  );
  const touched = useDerived((s) =>
    needs.filter((n) => (s.interview ? needTouched(s.interview, step, n) : false)).map((n) => n.id),
  );
  const catalogue = useCatalogue((s) => s.entries);
  // Until the catalogue is read, "nothing on offer" would be a guess, not a fact.
  const ready = useCatalogue((s) => s.phase === 'ready');
  const [open, setOpen] = useState<string | null>(null);
  /** Where focus goes after Discuss / Set aside; `n` counts presses, so a second one moves it again. */
  const [arrived, setArrived] = useState<{ to: string; n: number }>({ to: '', n: 0 });
  const details = useMemo(() => ({ open, toggle: (key: string) => setOpen((o) => (o === key ? null : key)) }), [open]);

  if (needs.length === 0) {
    return (
      <p className="empty">
        No needs gathered yet. What the candidate wants to learn, their biggest obstacles (step 3) and the way they prefer to grow
        (step 4) appear here to be matched.
      </p>
    );
  }
  if (!context) return null;
  const gap = ready ? honestyGap(catalogue, context) : null;
  const guarded = gap ? needs.find((n) => n.source.kind === 'mode' && n.source.modeId === gap.modeId)?.id : undefined;
  const plan = planNeeds(needs, catalogue, context, {
    chosen: (id) => (typeof chosen[id] === 'boolean' ? chosen[id] : undefined),
    recorded: (id) => touched.includes(id),
    guarded,
  });
  // Focus follows the need: to its heading when brought back, to the folded line when set aside.
  const discuss = (needId: string, on: boolean) => {
    actions.setAnswer(matchKeys.discuss(step.id, needId), on);
    setArrived(({ n }) => ({ to: on ? needId : FOLDED, n: n + 1 }));
  };

  return (
    <MatchStepProvider value={step.id}>
      <DetailsProvider value={details}>
        <CatalogueHint />
        {plan.discussed.length === 0 ? (
          <p className="empty">No need is set to discuss. Choose one below.</p>
        ) : (
          plan.discussed.map((p) => (
            <NeedCard
              key={p.need.id}
              plan={p}
              step={step}
              catalogue={catalogue}
              gap={p.need.id === guarded ? gap : null}
              focus={arrived.to === p.need.id}
              onAside={() => discuss(p.need.id, false)}
            />
          ))
        )}
        {plan.folded.length > 0 ? (
          <FoldedNeeds
            folded={plan.folded}
            focus={arrived.to === FOLDED ? arrived.n : null}
            onDiscuss={(id) => discuss(id, true)}
          />
        ) : null}
      </DetailsProvider>
    </MatchStepProvider>
  );
}
