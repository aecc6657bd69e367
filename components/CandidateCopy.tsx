import { useRef, useState } from 'react';
import { CandidateMessage } from './CandidateMessage';

/**
 * "Copy for the candidate" (issue 20), on the match step and on "Call ended":
 * opens the message's preview, where it is copied. Focus comes back here when it closes.
 */
export function CandidateCopyButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
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
