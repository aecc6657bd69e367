import { useEffect, useRef } from 'react';
import { keys, text } from '../../lib/interview';
import { statusOf } from '../../lib/interview/entry';
import { CandidateCopyButton } from '../CandidateCopy';
import { useActions, useInterviews } from '../StoreContext';
import { SummaryPreview } from '../SummaryPreview';
import { TakeField } from '../TakeField';
import { useCall, useCallActions } from './CallContext';
import './CallEnded.css';

/**
 * Shown in place of the notes when the linked call's tab closes or leaves the
 * meeting: the summary and "Copy summary" in front, because pasting into the
 * ATS is the next thing to do.
 */
export function CallEndedView() {
  const actions = useActions();
  const call = useCallActions();
  const interview = useInterviews((s) => s.interview);
  const label = useCall((s) => s.ended?.label ?? '');
  const copyRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLButtonElement>(null);
  const ready = interview !== null;
  const done = interview !== null && statusOf(interview) === 'done';

  // Enter copies at once; after "Mark as done" the button that replaces it takes the focus, so it is not lost.
  useEffect(() => {
    if (ready) (done ? listRef : copyRef).current?.focus();
  }, [ready, done]);

  if (!call) return null;
  if (!interview) return <p className="muted loading">Opening…</p>;
  const candidate = text(interview, keys.candidate) || 'Unnamed candidate';
  const role = text(interview, keys.role);

  return (
    <main className="screen call-ended">
      <h1>Call ended</h1>
      <p className="muted">
        {candidate}
        {role ? ` · ${role}` : ''}
        {label ? ` · ${label}` : ''}
      </p>
      <div className="call-ended-actions">
        <button ref={copyRef} type="button" className="primary" onClick={() => void actions.copySummary()}>
          Copy summary
        </button>
        <CandidateCopyButton className="call-ended-wide" />
        {done ? (
          <button ref={listRef} type="button" onClick={call.showList}>
            All interviews
          </button>
        ) : (
          <button type="button" onClick={() => void call.markDone()}>
            Mark as done
          </button>
        )}
        <button type="button" onClick={call.backToNotes}>
          Back to notes
        </button>
      </div>
      <TakeField />
      <SummaryPreview label="Summary preview" className="call-preview" />
    </main>
  );
}
