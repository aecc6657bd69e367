import { useId } from 'react';
import { defaultProfileId } from '../lib/store/summary-copy';
import { isProfileId, profileOf, profiles } from '../lib/summary';
import { useInterviews } from './StoreContext';
import { useSummaryCopy, useSummaryCopyActions } from './useSummaryCopy';
import './SummaryPreview.css';

/**
 * The bar above the footer: "Preview summary" opens exactly what "Copy
 * summary" will paste, rendered by the same function, with the format's name
 * and a "Format for this copy" select that overrides the options default.
 */
export function SummaryBar() {
  const open = useSummaryCopy((s) => s.previewOpen);
  const actions = useSummaryCopyActions();
  const regionId = useId();
  return (
    <div className="summary-bar">
      <button
        type="button"
        className="link"
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        onClick={actions.togglePreview}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>Preview summary
      </button>
      {open ? <SummaryPreview id={regionId} /> : null}
    </div>
  );
}

/**
 * Exactly what "Copy summary" pastes, in the format it pastes, with a format
 * select. In the bar it is labelled by its heading; "Call ended" names it
 * "Summary preview" and lets its own screen scroll it.
 */
export function SummaryPreview({ id, label, className = 'preview' }: { id?: string; label?: string; className?: string }) {
  // Subscribed to what the rendering reads, so the preview follows every change.
  useInterviews((s) => s.interview);
  useInterviews((s) => s.script);
  const settings = useInterviews((s) => s.settings);
  const override = useSummaryCopy((s) => s.override);
  const actions = useSummaryCopyActions();
  const headingId = useId();
  // The copy's own function, with the store's clock: what is shown is what is pasted, timer included.
  const rendered = actions.rendered();
  if (!rendered) return null;
  const { profile, content } = rendered;
  const fallback = profileOf(defaultProfileId(settings));
  return (
    // In the bar it scrolls on its own: focusable, so the keyboard can scroll it (Tab, then the arrow keys).
    <section
      id={id}
      className={className}
      aria-label={label}
      aria-labelledby={label ? undefined : headingId}
      tabIndex={label ? undefined : 0}
    >
      <label className="preview-format">
        <span>Format for this copy</span>
        <select
          value={override ?? fallback.id}
          onChange={(e) =>
            actions.setOverride(isProfileId(e.target.value) && e.target.value !== fallback.id ? e.target.value : null)
          }
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p === fallback ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </label>
      <h2 id={headingId} className="preview-title">
        What will be pasted: {profile.name}
        <span className="muted"> · {profile.pastes === 'html' ? 'rich text' : 'plain text'}</span>
      </h2>
      {profile.pastes === 'html' ? (
        <div
          className="preview-body preview-html"
          data-testid="preview-html"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the profile's own HTML, every user string escaped and only its allowed tags and safe hrefs (tests/unit/summary-safety.test.ts proves it for any input); the preview must be that exact HTML.
          dangerouslySetInnerHTML={{ __html: content.html }}
        />
      ) : (
        <pre className="preview-body preview-text" data-testid="preview-text">
          {content.text}
        </pre>
      )}
    </section>
  );
}
