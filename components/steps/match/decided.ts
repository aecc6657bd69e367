import type { AcceptedCopy } from '../../../lib/catalogue/visible';
import { acceptedFor, keys, text } from '../../../lib/interview';
import { useDerived } from '../../StoreContext';

/** Offering ids with a decision (accepted or rejected) for a need. */
export function useDecided(needId: string): string[] {
  const prefix = `match:${needId}:`;
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
  return useDerived((s) => {
    const interview = s.interview;
    if (!interview) return [];
    return acceptedFor(interview, needId).map(({ offeringId }) => ({
      offeringId,
      name: text(interview, keys.offeringName(needId, offeringId)),
      kind: text(interview, keys.offeringKind(needId, offeringId)),
    }));
  });
}
