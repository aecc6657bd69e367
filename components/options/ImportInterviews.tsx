import { useId } from 'react';
import { JsonFileInput } from './JsonFileInput';
import { useOptions, useOptionsActions } from './OptionsContext';

const actionLabels = { add: 'Add', update: 'Update', skip: 'Skip' } as const;

/** Choose a file, see what it would add, update or skip (and why), then confirm. */
export function ImportInterviews() {
  const plan = useOptions((s) => s.plan);
  const actions = useOptionsActions();
  const id = useId();
  const writes = plan?.ok ? plan.items.filter((i) => i.action !== 'skip').length : 0;
  return (
    <div className="import">
      <h3 id={`${id}-title`}>Import interviews</h3>
      <JsonFileInput
        label="Import a file exported from Reverse Interview"
        onChoose={actions.chooseImport}
        onUnreadable={actions.fileUnreadable}
      />
      {plan && !plan.ok ? (
        <div className="notice notice-error" role="alert">
          <p>
            <b>{plan.fileName}</b>: {plan.error} Nothing was changed.
          </p>
          <button type="button" onClick={actions.cancelImport}>
            Dismiss
          </button>
        </div>
      ) : null}
      {plan?.ok ? (
        <section className="import-plan" aria-label="What the import will do">
          <p>
            <b>{plan.fileName}</b>: {plan.items.length} {plan.items.length === 1 ? 'interview' : 'interviews'} in the file. Newer
            answers already here are always kept.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Interview</th>
                <th scope="col">Action</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((item) => (
                <tr key={item.path} className={`import-${item.action}`}>
                  <td>{item.candidate || item.id || item.path}</td>
                  <td>{actionLabels[item.action]}</td>
                  <td>{item.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <button type="button" className="primary" disabled={writes === 0} onClick={() => void actions.confirmImport()}>
              {writes === 0 ? 'Nothing to import' : `Import ${writes} ${writes === 1 ? 'interview' : 'interviews'}`}
            </button>
            <button type="button" onClick={actions.cancelImport}>
              Cancel import
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
