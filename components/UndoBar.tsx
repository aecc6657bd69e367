import { useActions, useInterviews } from './StoreContext';

/** Offered for a few seconds after a delete. */
export function UndoBar() {
  const undo = useInterviews((s) => s.undo);
  const actions = useActions();
  if (!undo) return null;
  return (
    <div className="notice undo-bar">
      <span>Deleted the interview with {undo.label}.</span>
      <button type="button" onClick={() => void actions.undoRemove()}>
        Undo
      </button>
    </div>
  );
}
