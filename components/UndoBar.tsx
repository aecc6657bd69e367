import { offerDownload } from '../lib/download';
import { useActions, useInterviews } from './StoreContext';

/** Offered for a few seconds after a delete; kept, for export, when the interview could not be restored. */
export function UndoBar() {
  const undo = useInterviews((s) => s.undo);
  const actions = useActions();
  if (!undo) return null;
  if (undo.failed) {
    return (
      <div className="notice notice-error undo-bar">
        <span>The interview with {undo.label} could not be restored. Only this panel holds it.</span>
        <button type="button" onClick={() => void actions.exportInterviews(undo.interview.id).then(offerDownload)}>
          Export deleted interview
        </button>
        <button type="button" onClick={actions.dismissUndo}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <div className="notice undo-bar">
      <span>Deleted the interview with {undo.label}.</span>
      <button type="button" onClick={() => void actions.undoRemove()}>
        Undo
      </button>
    </div>
  );
}
