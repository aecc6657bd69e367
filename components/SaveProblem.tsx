import { offerDownload } from '../lib/download';
import { useActions, useInterviews } from './StoreContext';

/**
 * Shown while the open interview's latest text is not in storage. The text
 * stays in the panel; the user can export it (from memory) or try again.
 */
export function SaveProblem() {
  const save = useInterviews((s) => s.save);
  const full = useInterviews((s) => s.storageFull);
  const reason = useInterviews((s) => s.saveError);
  const id = useInterviews((s) => s.openId);
  const actions = useActions();
  if (save !== 'failed') return null;
  // On the list (the user left the interview) the text is still held here: export everything, the held copies included.
  const exportLabel = id ? 'Export this interview' : 'Export all interviews';
  return (
    <section className="notice notice-error save-problem" aria-labelledby="save-problem-title">
      <h2 id="save-problem-title">Your latest text is not saved</h2>
      <p>
        {full
          ? `Browser storage is full. Everything you typed is still here, and it is saved as soon as there is room. Export ${id ? 'this interview' : 'your interviews'} now, then delete old interviews to make room.`
          : `The browser refused to save (${reason ?? 'unknown error'}). Everything you typed is still here and is offered to storage again every few seconds. Export ${id ? 'this interview' : 'your interviews'} before closing this panel.`}
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void actions.exportInterviews(id ?? undefined).then(offerDownload)}
        >
          {exportLabel}
        </button>
        <button type="button" onClick={actions.retrySave}>
          Try saving again
        </button>
      </div>
    </section>
  );
}
