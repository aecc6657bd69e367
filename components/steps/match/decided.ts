import type { AcceptedCopy } from '../../../lib/catalogue/visible';
import { text } from '../../../lib/interview';
import { acceptedFor, matchKeys } from '../../../lib/steps/match';
import { useDerived } from '../../StoreContext';
import { useMatchStepId } from './step';

/** Offering ids with a decision (accepted or rejected) for a need. */
export function useDecided(needId: string): string[] {
  const prefix = matchKeys.decision(useMatchStepId(), needId, '');
  return useDerived((s) =>
    s.interview
      ? Object.keys(s.interview.fields)
          .filter((k) => k.startsWith(prefix) && s.interview?.fields[k]?.v !== '')
          .map((k) => k.slice(prefix.length))
      : [],
  );
}

/** The offerings accepted for a need, as copied into the interview when accepted. */
export function useAccepted(needId: string): AcceptedCopy[] {
  const stepId = useMatchStepId();
  return useDerived((s) => {
    const interview = s.interview;
    if (!interview) return [];
    return acceptedFor(interview, stepId, needId).map(({ offeringId }) => ({
      offeringId,
      name: text(interview, matchKeys.offeringName(stepId, needId, offeringId)),
      kind: text(interview, matchKeys.offeringKind(stepId, needId, offeringId)),
    }));
  });
}
