import { useInterviews } from './StoreContext';
import './StatusRegion.css';

/**
 * One polite live region for the whole panel ("Copied", save failures,
 * limits). The region stays mounted; only its content is replaced, keyed by
 * the message number, so repeating the same words is announced again.
 */
export function StatusRegion() {
  const status = useInterviews((s) => s.status);
  return (
    <div role="status" className={`status${status?.tone === 'error' ? ' status-error' : ''}`}>
      {status ? <span key={status.seq}>{status.text}</span> : null}
    </div>
  );
}
