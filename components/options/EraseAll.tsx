import { useState } from 'react';
import { offerDownload } from '../../lib/download';
import { useOptions, useOptionsActions } from './OptionsContext';

/** Permanent, so it asks first and offers an export on the way. */
export function EraseAll() {
  const actions = useOptionsActions();
  const [asking, setAsking] = useState(false);
  // Erased too, and not in "Export all interviews" (it cannot be read as an interview): offered on its own.
  const unreadable = useOptions((s) => s.quarantine.length);
  return (
    <div className="erase">
      <h3>Erase all data</h3>
      {asking ? (
        <div className="notice notice-error" role="alertdialog" aria-labelledby="erase-q" aria-describedby="erase-d">
          <p id="erase-q">
            <b>Erase every interview and setting in this browser?</b>
          </p>
          <p id="erase-d">
            This cannot be undone. Export first if you may need them.
            {unreadable > 0 ? ' Unreadable data is erased too and has its own export.' : ''}
          </p>
          <div className="row">
            <button type="button" onClick={() => void actions.exportAll().then(offerDownload)}>
              Export all interviews
            </button>
            {unreadable > 0 ? (
              <button type="button" onClick={() => void actions.exportQuarantine().then(offerDownload)}>
                Export unreadable data
              </button>
            ) : null}
            <button type="button" className="danger" onClick={() => void actions.eraseAll().then(() => setAsking(false))}>
              Yes, erase everything
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          Erase all data
        </button>
      )}
    </div>
  );
}
