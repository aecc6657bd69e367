import { useScripts, useScriptsActions } from './ScriptsContext';

/** What importing the chosen script file would do, with "Import script" to confirm; or why it cannot be imported. */
export function ScriptImport() {
  const pending = useScripts((s) => s.pending);
  const actions = useScriptsActions();
  if (!pending) return null;
  if ('problems' in pending) {
    return (
      <section className="notice notice-error" aria-label="Why the script file cannot be imported">
        <p>
          <b>{pending.fileName}</b> is not a script file this version can import. Nothing was changed.
        </p>
        <ul>
          {pending.problems.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
        <button type="button" onClick={actions.cancelImport}>
          Dismiss
        </button>
      </section>
    );
  }
  const { plan } = pending;
  return (
    <section className={`notice${plan.ok ? '' : ' notice-error'}`} aria-label="What the script import will do">
      <p>
        <b>{pending.fileName}</b>: {plan.says}
      </p>
      {plan.ok ? (
        <p className="muted">
          {plan.script.steps.length} {plan.script.steps.length === 1 ? 'step' : 'steps'}:{' '}
          {plan.script.steps.map((s) => s.title).join(' · ')}
        </p>
      ) : null}
      <div className="row">
        {plan.ok ? (
          <button type="button" className="primary" onClick={() => void actions.confirmImport()}>
            Import script
          </button>
        ) : null}
        <button type="button" onClick={actions.cancelImport}>
          {plan.ok ? 'Cancel import' : 'Dismiss'}
        </button>
      </div>
    </section>
  );
}
