import { useMemo } from 'react';
import { useActions, useInterviews } from '../StoreContext';

/**
 * A plain preview of the summary for "Call ended", rendered by the same
 * lib/summary code as "Copy summary". A slot: a richer preview component
 * (per ATS profile) is being built separately and replaces this one.
 */
export function SummaryPreviewSlot() {
  const actions = useActions();
  const interview = useInterviews((s) => s.interview);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the summary is a function of the open interview.
  const text = useMemo(() => actions.summary()?.text ?? '', [actions, interview]);
  return (
    <section className="call-preview" aria-label="Summary preview">
      <pre>{text}</pre>
    </section>
  );
}
