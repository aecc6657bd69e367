import { useCatalogue, useOpenOptions } from '../../catalogue/CatalogueContext';

/** Why there are no suggestions, when the catalogue is empty or unreadable, and where to fix it. */
export function CatalogueHint() {
  const phase = useCatalogue((s) => s.phase);
  const count = useCatalogue((s) => s.entries.length);
  const problem = useCatalogue((s) => s.problem);
  const openOptions = useOpenOptions();
  if (phase !== 'ready' || (count > 0 && !problem)) return null;
  return (
    <div className={`notice${problem ? ' notice-error' : ''}`}>
      <p className="catalogue-hint">
        {problem
          ? 'Your offerings catalogue could not be read, so there are no suggestions. It is kept exactly as it was; the options page lists the problem.'
          : 'No offerings catalogue yet, so there are no suggestions. Add what your company really offers (people, resources, opportunities) in the options page.'}
      </p>
      {openOptions ? (
        <button type="button" className="link" onClick={openOptions}>
          Open the catalogue
        </button>
      ) : null}
    </div>
  );
}
