import { downloadText } from '../../../lib/download';
import { useCatalogue, useCatalogueEditor } from '../../catalogue/CatalogueContext';
import { JsonFileInput } from '../JsonFileInput';
import { useOptionsActions } from '../OptionsContext';

/** Export the personal offerings as a file, or import a colleague's (shown first, then confirmed). */
export function CatalogueTransfer() {
  const pending = useCatalogue((s) => s.pendingImport);
  const count = useCatalogue((s) => s.personal.offerings.length);
  const actions = useCatalogueEditor();
  const options = useOptionsActions();
  return (
    <div className="catalogue-transfer">
      <h3>Share the catalogue</h3>
      <div className="row">
        <button
          type="button"
          disabled={count === 0}
          onClick={() => {
            const file = actions.exportCatalogue();
            downloadText(file.filename, file.json);
          }}
        >
          Export catalogue
        </button>
      </div>
      {/* Said in the page's status line: the catalogue's own is not reachable from here, and nothing reached the catalogue. */}
      <JsonFileInput label="Import a catalogue file" onChoose={actions.chooseImport} onUnreadable={options.fileUnreadable} />
      {pending ? (
        <section className="notice" aria-label="What the catalogue import will do">
          <p>
            <b>{pending.fileName}</b>: {pending.offerings.length} {pending.offerings.length === 1 ? 'offering' : 'offerings'}:{' '}
            {pending.added} new, {pending.replaced} {pending.replaced === 1 ? 'replaces one' : 'replace ones'} with the same id.
            The rest of your catalogue stays as it is.
          </p>
          <div className="row">
            <button type="button" className="primary" onClick={() => void actions.confirmImport()}>
              Import offerings
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
