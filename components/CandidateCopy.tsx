import { useRef, useState } from 'react';
import { CandidateMessage } from './CandidateMessage';
import { useInterviews } from './StoreContext';

/**
 * "Copy for the candidate" (issue 20), on the match step and on "Call ended":
 * opens the message's preview, where it is copied. Focus comes back here when it closes.
 */
export function CandidateCopyButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // An interview whose script this panel does not have has no steps to tell the candidate about.
  const ready = useInterviews((s) => s.interview !== null && s.script !== null);
  if (!ready) return null;
  return (
    <>
      <button ref={button} type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Copy for the candidate
      </button>
      {open ? (
        <CandidateMessage
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
