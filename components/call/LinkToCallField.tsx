import { useId } from 'react';
import { linkByDefault } from '../../lib/store/call';
import { useInterviews } from '../StoreContext';
import { useCall, useCallActions } from './CallContext';

/** In the new-interview form, when the panel is beside a call: "Link to this call". */
export function LinkToCallField() {
  const call = useCall((s) => s.session.call);
  const entries = useInterviews((s) => s.entries);
  const checked = useCall((s) => linkByDefault(s, entries));
  const problem = useCall((s) => s.linksProblem);
  const actions = useCallActions();
  const id = useId();
  if (!call || !actions || problem) return null;
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(e) => actions.setLinkNext(e.target.checked)}
        />
        <span>Link to this call</span>
      </label>
      {/* The name stays exactly "Link to this call"; which call, and why, is its description. */}
      <span id={`${id}-hint`} className="hint">
        {call.page.label}: reopening the panel beside this call finds the interview again.
      </span>
    </div>
  );
}
