import { useState } from 'react';
import { settingsProblem } from '../../lib/store/options';
import { useOptions, useOptionsActions } from './OptionsContext';
import { SummaryFormat } from './SummaryFormat';

export function SummarySettings() {
  const settings = useOptions((s) => s.settings);
  // Logged by the repository when it read them; listed until they read again.
  const problem = useOptions(settingsProblem);
  const actions = useOptionsActions();
  const [interviewer, setInterviewer] = useState(settings.interviewer);
  return (
    <section aria-labelledby="summary-settings">
      <h2 id="summary-settings">Summary</h2>
      {problem ? (
        <div className="notice notice-error" role="alert">
          Your stored settings could not be read ({problem.reasons.join('; ')}). They are kept exactly as they were and are not
          written over; defaults are in use. Export them from "Unreadable data" below.
        </div>
      ) : null}
      <SummaryFormat />
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.saveSettings({ interviewer: interviewer.trim() });
        }}
      >
        <label className="field grow">
          <span className="label">Your name</span>
          <input type="text" value={interviewer} onChange={(e) => setInterviewer(e.target.value)} autoComplete="name" />
          <span className="hint">Shown as the interviewer in every summary.</span>
        </label>
        <button type="submit">Save name</button>
      </form>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.noRecordingNote}
          onChange={(e) => void actions.saveSettings({ noRecordingNote: e.target.checked })}
        />
        <span>Say in the summary that nothing was recorded</span>
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.listRejected === true}
          onChange={(e) => void actions.saveSettings({ listRejected: e.target.checked })}
        />
        <span>
          List the suggestions I rejected in step 5
          <span className="hint">Under each need, after what was offered: “Rejected: Friday internal talks”.</span>
        </span>
      </label>
    </section>
  );
}
