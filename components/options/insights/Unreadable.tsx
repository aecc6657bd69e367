import { useInsights } from './InsightsContext';

/** Records that could not be read: counted and named, left out of every number, never fatal. */
export function Unreadable() {
  const unreadable = useInsights((s) => s.unreadable);
  if (unreadable.length === 0) return null;
  return (
    <div className="notice notice-error">
      <p>
        {unreadable.length === 1
          ? 'One stored interview could not be read and is left out of every count:'
          : `${unreadable.length} stored interviews could not be read and are left out of every count:`}
      </p>
      <ul aria-label="Interviews left out">
        {unreadable.map((u) => (
          <li key={u.id}>
            {u.candidate ? `${u.candidate} ` : ''}
            <code>{u.id}</code>
          </li>
        ))}
      </ul>
      <p>
        {unreadable.length === 1 ? 'It is kept exactly as it was' : 'They are kept exactly as they were'}; see "Unreadable data"
        below.
      </p>
    </div>
  );
}
