import { type FormEvent, useId, useState } from 'react';
import { defaultChoice } from '../lib/script/library';
import { isWebLink } from '../lib/summary';
import { useCallActions } from './call/CallContext';
import { LinkToCallField } from './call/LinkToCallField';
import { useActions, useDerived, useInterviews } from './StoreContext';

export function NewInterviewForm() {
  const actions = useActions();
  const call = useCallActions();
  const [candidate, setCandidate] = useState('');
  const [role, setRole] = useState('');
  const [atsLink, setAtsLink] = useState('');
  const [error, setError] = useState('');
  const choices = useDerived((s) => s.scriptChoices);
  const defaultId = useInterviews((s) => s.settings.defaultScript);
  const [scriptId, setScriptId] = useState<string | null>(null);
  const script = choices.find((c) => c.id === scriptId) ?? defaultChoice(choices, defaultId);
  const id = useId();
  // Not refused (a record number is worth keeping too), but said: only a web address becomes a link in the summary.
  const notLink = atsLink.trim() !== '' && !isWebLink(atsLink.trim());

  function submit(event: FormEvent) {
    event.preventDefault();
    if (candidate.trim() === '') {
      setError("Enter the candidate's name.");
      document.getElementById(`${id}-candidate`)?.focus();
      return;
    }
    // Beside a call, the call store starts it and links it when "Link to this call" is ticked.
    void (call ?? actions).start({
      candidate,
      role,
      atsLink,
      ...(script ? { script: { id: script.id, version: script.version } } : {}),
    });
  }

  return (
    <main className="screen">
      <h1>New interview</h1>
      <form onSubmit={submit} noValidate>
        <label className="field">
          {/* Named by the label text alone: the error below is its description, not part of its name. */}
          <span className="label" id={`${id}-candidate-label`}>
            Candidate name
          </span>
          <input
            id={`${id}-candidate`}
            aria-labelledby={`${id}-candidate-label`}
            type="text"
            value={candidate}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the form opens on a deliberate click; typing the name is the only next step.
            autoFocus
            aria-invalid={error !== ''}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setCandidate(e.target.value);
              setError('');
            }}
          />
          {error ? (
            <span id={`${id}-error`} className="hint notice-error">
              {error}
            </span>
          ) : null}
        </label>
        <label className="field">
          <span className="label">Role</span>
          <input type="text" value={role} autoComplete="off" onChange={(e) => setRole(e.target.value)} />
        </label>
        <label className="field">
          <span className="label" id={`${id}-ats-label`}>
            ATS link
          </span>
          <input
            type="url"
            aria-labelledby={`${id}-ats-label`}
            value={atsLink}
            autoComplete="off"
            aria-describedby={`${id}-ats-hint`}
            onChange={(e) => setAtsLink(e.target.value)}
          />
          <span id={`${id}-ats-hint`} className="hint">
            {notLink
              ? 'Not a web address (https://…): the summary keeps it as plain text, not a link.'
              : "Optional: the candidate's page in your ATS, kept in the summary."}
          </span>
        </label>
        <label className="field">
          <span className="label">Script</span>
          <select value={script?.id ?? ''} onChange={(e) => setScriptId(e.target.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <LinkToCallField />
        <div className="row">
          <button type="submit" className="primary">
            Start interview
          </button>
          <button type="button" onClick={actions.showList}>
            Cancel
          </button>
        </div>
      </form>
    </main>
  );
}
