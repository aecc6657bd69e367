import { offerDownload } from '../../lib/download';
import { useOptions, useOptionsActions } from './OptionsContext';

/** Stored data that could not be read: listed with when and why, exportable as it is, never rewritten. */
export function QuarantineList() {
  const items = useOptions((s) => s.quarantine);
  const actions = useOptionsActions();
  return (
    <div className="quarantine">
      <h3>Unreadable data</h3>
      {items.length === 0 ? (
        <p className="muted">None: every stored record passed validation.</p>
      ) : (
        <>
          <p>
            {items.length === 1
              ? 'One stored record could not be read. It is kept exactly as it was and never written over.'
              : `${items.length} stored records could not be read. They are kept exactly as they were and never written over.`}
          </p>
          <ul aria-label="Unreadable records">
            {items.map((item) => (
              <li key={item.key}>
                <code>{item.key}</code>, found{' '}
                <time dateTime={new Date(item.at).toISOString()}>{new Date(item.at).toLocaleString()}</time>:{' '}
                {item.reasons.join('; ')}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void actions.exportQuarantine().then(offerDownload)}>
            Export unreadable data
          </button>
        </>
      )}
    </div>
  );
}
