import { linkedEntry } from '../../lib/store/call';
import { useInterviews } from '../StoreContext';
import { useCall, useCallActions } from './CallContext';
import './CallBanner.css';

/**
 * On the interview list: which call the panel is beside, and the one step
 * that matters there — start the interview for it, or resume the one linked.
 */
export function CallBanner() {
  const call = useCall((s) => s.session.call);
  const problem = useCall((s) => s.linksProblem);
  const entries = useInterviews((s) => s.entries);
  const linked = useCall((s) => linkedEntry(s, entries));
  const actions = useCallActions();
  if (!call || !actions) return null;
  const name = linked ? linked.candidate || 'Unnamed candidate' : '';

  return (
    <section className="call-banner" aria-label="This call">
      <p className="call-where">
        <span className="call-dot" aria-hidden="true" />
        Next to {call.page.label}
      </p>
      {problem ? <p className="hint notice-error">{problem}</p> : null}
      {linked ? (
        <div className="call-actions">
          <button type="button" className="primary" onClick={actions.resume}>
            Resume interview with {name}
          </button>
          <button type="button" onClick={actions.startForCall}>
            Start another for this call
          </button>
        </div>
      ) : (
        <div className="call-actions">
          <button type="button" className="primary" onClick={actions.startForCall}>
            Start interview for this call
          </button>
        </div>
      )}
    </section>
  );
}
