import { useId } from 'react';
import { type StatusFilter, statusLabels } from '../lib/store/library';
import { useActions, useInterviews } from './StoreContext';

const filters: [StatusFilter, string][] = [
  ['active', statusLabels.active],
  ['done', statusLabels.done],
  ['archived', statusLabels.archived],
  ['all', 'All'],
];

/** Search by candidate, role or anything typed in the answers, and filter by status. */
export function LibraryToolbar() {
  const query = useInterviews((s) => s.query);
  const filter = useInterviews((s) => s.filter);
  const actions = useActions();
  const name = useId();
  return (
    <div className="library-tools">
      <input
        type="search"
        aria-label="Search interviews"
        placeholder="Search name, role or answers"
        value={query}
        onChange={(e) => actions.setQuery(e.target.value)}
      />
      <fieldset className="filters">
        <legend className="sr-only">Show</legend>
        {filters.map(([value, label]) => (
          <label key={value} className={`filter${filter === value ? ' filter-on' : ''}`}>
            <input
              type="radio"
              name={name}
              className="sr-only"
              checked={filter === value}
              onChange={() => actions.setFilter(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
