import { type FormEvent, useState } from 'react';
import { offerDownload } from '../../lib/download';
import { settingsProblem } from '../../lib/store/options';
import { useOptions, useOptionsActions } from './OptionsContext';

/** Automatic deletion of old interviews: off unless the user turns it on. */
export function RetentionForm() {
  const days = useOptions((s) => s.settings.retentionDays);
  // Unreadable stored settings: their retention cannot be known, so nothing is deleted until they read again.
  const unreadable = useOptions((s) => settingsProblem(s) !== undefined);
  const actions = useOptionsActions();
  const [on, setOn] = useState(days !== null);
  const [draft, setDraft] = useState(String(days ?? 180));
  const value = Number(draft);
  const valid = Number.isInteger(value) && value >= 1 && value <= 3650;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (on && !valid) return;
    void actions.saveSettings({ retentionDays: on ? value : null });
  }

  return (
    <form className="retention" onSubmit={submit}>
      <h3>Keep interviews</h3>
      {unreadable ? (
        <p className="notice notice-error">
          Your stored settings could not be read (see Summary above), so nothing is deleted automatically until they can be.
        </p>
      ) : null}
      <label className="choice">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        <span>Delete interviews automatically when they get old</span>
      </label>
      {on ? (
        <label className="field">
          <span className="label">Delete interviews older than (days)</span>
          <input
            type="number"
            min={1}
            max={3650}
            value={draft}
            aria-invalid={!valid}
            onChange={(e) => setDraft(e.target.value)}
          />
          <span className="hint">
            Applied when you save, when the browser starts and once a day. Deleted interviews cannot be recovered: export first if
            you may need them.
          </span>
        </label>
      ) : null}
      <div className="row">
        <button type="submit" disabled={on && !valid}>
          Save retention
        </button>
        {on ? (
          <button type="button" onClick={() => void actions.exportAll().then(offerDownload)}>
            Export first
          </button>
        ) : null}
        <span className="muted">{days === null ? 'Now: keep everything.' : `Now: delete after ${days} days.`}</span>
      </div>
    </form>
  );
}
