import { useEffect, useId, useRef } from 'react';
import { offerDownload } from '../../../lib/download';
import { defaultChoice } from '../../../lib/script/library';
import { JsonFileInput } from '../JsonFileInput';
import { useOptions, useOptionsActions } from '../OptionsContext';
import { useEditor, useEditorActions } from './editor/EditorContext';
import { ScriptEditor } from './editor/ScriptEditor';
import { PasteKit } from './PasteKit';
import { ScriptImport } from './ScriptImport';
import { useScripts, useScriptsActions } from './ScriptsContext';
import './Scripts.css';

/**
 * The scripts library (issue 18): the built-in Reverse Interview and the
 * interviewer's own, the one new interviews start with, and script files in
 * and out. Each interview keeps the version it was started with.
 */
export function ScriptsSection() {
  const choices = useScripts((s) => s.choices);
  const problem = useScripts((s) => s.problem);
  const organisationProblems = useScripts((s) => s.organisationProblems);
  const message = useScripts((s) => s.message);
  const removed = useScripts((s) => s.removed);
  const undo = useRef<HTMLButtonElement>(null);
  // The deleted script's row is gone: focus goes to "Undo delete", not to the top of the page.
  useEffect(() => {
    if (removed) undo.current?.focus();
  }, [removed]);
  const actions = useScriptsActions();
  const editor = useEditorActions();
  const drafts = useEditor((s) => s.drafts);
  const draftsProblem = useEditor((s) => s.draftsProblem);
  const discarded = useEditor((s) => s.discarded);
  // Drafts of scripts not saved yet: listed after the scripts, to open again.
  const newDrafts = Object.entries(drafts).filter(([draftId]) => !choices.some((c) => c.id === draftId));
  const chosen = useOptions((s) => s.settings.defaultScript);
  const options = useOptionsActions();
  const current = defaultChoice(choices, chosen);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-scripts`}>
      <h2 id={`${id}-scripts`}>Scripts</h2>
      <p>
        A script is what the panel walks you through: its steps, what to say and what to ask. Each interview keeps the version of
        its script it was started with, so changing or replacing a script never changes a past interview.
      </p>
      {/* A live region of its own, like the catalogue's: the page's status line stays the one `status`. */}
      <div aria-live="polite" className={`options-status${message?.tone === 'error' ? ' status-error' : ''}`}>
        {message?.text}
      </div>
      {removed ? (
        <div className="row">
          <button ref={undo} type="button" onClick={() => void actions.undoDelete()}>
            Undo delete
          </button>
        </div>
      ) : null}
      {problem ? (
        <div className="notice notice-error" role="alert">
          Your stored scripts could not be read ({problem}). They are kept exactly as they were and nothing is imported over them;
          the built-in script is offered. Export them from "Unreadable data" below.
        </div>
      ) : null}
      {organisationProblems.length > 0 ? (
        <div className="notice notice-error">
          <p>Some scripts from your organisation could not be used and are left out:</p>
          <ul>
            {organisationProblems.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="scripts" aria-label="Scripts">
        {choices.map((c) => (
          <li key={c.id} className="script-item" aria-labelledby={`${id}-${c.id}`}>
            <div className="script-what">
              <span id={`${id}-${c.id}`} className="script-name">
                {c.name}
              </span>
              <span className="muted">
                {c.source === 'built-in'
                  ? 'Built in, read-only'
                  : c.source === 'organisation'
                    ? `From your organisation, read-only, version ${c.version}`
                    : `Your script, version ${c.version}`}
                {c.id === current?.id ? ' · new interviews start with it' : ''}
                {c.source === 'own' && drafts[c.id] ? ' · has unsaved changes' : ''}
              </span>
            </div>
            <div className="row">
              {c.source === 'own' ? (
                <button type="button" aria-describedby={`${id}-${c.id}`} onClick={() => void editor.edit(c.id)}>
                  Edit script
                </button>
              ) : (
                <button type="button" aria-describedby={`${id}-${c.id}`} onClick={() => void editor.makeCopy(c)}>
                  Make a copy
                </button>
              )}
              <button
                type="button"
                aria-describedby={`${id}-${c.id}`}
                onClick={() => void actions.exportScript(c).then(offerDownload)}
              >
                Export script
              </button>
              {c.source === 'own' ? (
                <button type="button" aria-describedby={`${id}-${c.id}`} onClick={() => void actions.deleteScript(c)}>
                  Delete script
                </button>
              ) : null}
            </div>
          </li>
        ))}
        {newDrafts.map(([draftId, d]) => (
          <li key={draftId} className="script-item" aria-labelledby={`${id}-${draftId}`}>
            <div className="script-what">
              <span id={`${id}-${draftId}`} className="script-name">
                {d.name.trim() || 'Untitled'}
              </span>
              <span className="muted">Draft, not saved as a script yet: interviews cannot use it until it is</span>
            </div>
            <div className="row">
              <button type="button" aria-describedby={`${id}-${draftId}`} onClick={() => void editor.edit(draftId)}>
                Edit script
              </button>
            </div>
          </li>
        ))}
      </ul>
      {draftsProblem ? (
        <div className="notice notice-error" role="alert">
          Your script drafts could not be read ({draftsProblem}). They are kept exactly as they were; export them from "Unreadable
          data" below.
        </div>
      ) : null}
      <div className="row">
        <button type="button" onClick={() => void editor.newScript()}>
          New script
        </button>
        {discarded ? (
          <button type="button" onClick={() => void editor.undoDiscard()}>
            Undo discard
          </button>
        ) : null}
      </div>
      <ScriptEditor />
      <label className="field">
        <span className="label" id={`${id}-default`}>
          Script for new interviews
        </span>
        <select
          aria-labelledby={`${id}-default`}
          aria-describedby={`${id}-default-hint`}
          value={current?.id ?? ''}
          onChange={(e) => void options.saveSettings({ defaultScript: e.target.value })}
        >
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <span className="hint" id={`${id}-default-hint`}>
          "Script" in the panel's New interview starts on it; any other can be chosen there.
        </span>
      </label>
      <JsonFileInput label="Import a script file" onChoose={actions.chooseImport} onUnreadable={actions.fileUnreadable} />
      <ScriptImport />
      <PasteKit />
    </section>
  );
}
