import { useId } from 'react';
import { datesReversed } from '../../../lib/insights/filter';
import type { Status } from '../../../lib/interview/entry';
import { statusLabels } from '../../../lib/store/library';
import { useInsights, useInsightsActions } from './InsightsContext';

/** The role select's value for a role key ('' is "no role given"); the empty value is every role. */
const ROLE = 'role:';

/** Which interviews are counted: created between two days, one role, one status. */
export function InsightsFilters() {
  const form = useInsights((s) => s.form);
  const roles = useInsights((s) => s.roles);
  const { setFilter } = useInsightsActions();
  const id = useId();
  return (
    <fieldset className="insights-filters">
      <legend>Which interviews</legend>
      <div className="row">
        <label className="field" htmlFor={`${id}-from`}>
          <span className="label">Created from</span>
          <input id={`${id}-from`} type="date" value={form.from} onChange={(e) => setFilter({ from: e.target.value })} />
        </label>
        <label className="field" htmlFor={`${id}-to`}>
          <span className="label">Created to</span>
          <input id={`${id}-to`} type="date" value={form.to} onChange={(e) => setFilter({ to: e.target.value })} />
        </label>
        <label className="field" htmlFor={`${id}-role`}>
          <span className="label">Role</span>
          <select
            id={`${id}-role`}
            value={form.role === null ? '' : `${ROLE}${form.role}`}
            onChange={(e) => setFilter({ role: e.target.value === '' ? null : e.target.value.slice(ROLE.length) })}
          >
            <option value="">Any role</option>
            {roles.map((r) => (
              <option key={r.key} value={`${ROLE}${r.key}`}>
                {r.label || 'No role given'} ({r.interviews})
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-status`}>
          <span className="label">Status</span>
          <select
            id={`${id}-status`}
            value={form.status}
            onChange={(e) => setFilter({ status: e.target.value as Status | 'all' })}
          >
            <option value="all">Any status</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {datesReversed(form) ? <p className="muted">“Created from” is after “Created to”: no interview can match.</p> : null}
    </fieldset>
  );
}
