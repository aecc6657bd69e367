import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { buildGrowthPlan, renderGrowthPlan } from '../lib/growth';
import { useCatalogue } from './catalogue/CatalogueContext';
import { useActions, useInterviews } from './StoreContext';
import { useSummaryCopyActions } from './useSummaryCopy';
import './CandidateMessage.css';

/**
 * The message for the candidate (issue 20), previewed before it is copied:
 * a modal dialog showing exactly the HTML that "Copy message" puts on the
 * clipboard (with its plain text), rendered here once for both. Obstacles are
 * left out unless ticked in; offerings that left the catalogue are named.
 */
export function CandidateMessage({ onClose }: { onClose: () => void }) {
  const interview = useInterviews((s) => s.interview);
  const script = useInterviews((s) => s.script);
  const settings = useInterviews((s) => s.settings);
  const catalogue = useCatalogue((s) => s.entries);
  const copy = useSummaryCopyActions();
  const { openOptions } = useActions();
  const [obstacles, setObstacles] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // Start at the title, so the message is read from the top.
    d?.querySelector<HTMLElement>('h2')?.focus();
  }, []);

  if (!interview || !script) return null;
  const { plan, leftOut, hasObstacles } = buildGrowthPlan(interview, script, {
    catalogue,
    obstacles,
    greeting: settings.candidateGreeting,
    signOff: settings.candidateSignOff,
    interviewer: settings.interviewer,
  });
  const content = renderGrowthPlan(plan);
  const hasContent = plan.sections.length > 0;

  // In <body>, not inside the button's row: nothing of the screen it opens from stacks over it (axe measured
  // "Call ended"'s summary preview, later in the page, as covering it and could not check its contrast).
  return createPortal(
    <dialog ref={dialog} className="candidate-message" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} tabIndex={-1}>
        Message for the candidate
      </h2>
      <p className="hint">
        To paste into an email: what they told you and what you really offer. Your notes and marks stay out.
        {openOptions ? (
          <>
            {' '}
            <button type="button" className="link" onClick={openOptions}>
              Change the greeting and sign-off
            </button>
          </>
        ) : null}
      </p>
      {hasObstacles ? (
        <label className="choice">
          <input type="checkbox" checked={obstacles} onChange={(e) => setObstacles(e.target.checked)} />
          <span>Include what gets in the way (their obstacles)</span>
        </label>
      ) : null}
      {leftOut.length > 0 ? <p className="notice">Left out, no longer in your catalogue: {leftOut.join(', ')}.</p> : null}
      {hasContent ? null : (
        <p className="notice">
          Nothing to tell them yet: their arenas, what they want to learn, how they grow and your offers appear here as you
          capture them.
        </p>
      )}
      <section
        className="preview-body preview-html candidate-preview"
        aria-label="The message, as it will be pasted"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so it must take focus for the keyboard to scroll it (axe: scrollable-region-focusable).
        tabIndex={0}
        data-testid="candidate-preview"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: lib/growth's own HTML, every string escaped, only its tags and safe hrefs (tests/unit/growth-safety.test.ts proves it for any input); the preview must be that exact HTML.
        dangerouslySetInnerHTML={{ __html: content.html }}
      />
      <div className="row candidate-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void copy.copyMessage(content, hasContent).then((copied) => {
              // Copied: the status line says so, in view. Refused: the manual-copy dialog opens over this one.
              if (copied) dialog.current?.close();
            })
          }
        >
          Copy message
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
