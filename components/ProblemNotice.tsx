import type { Problem } from '../lib/store/interviews';
import { useActions } from './StoreContext';

/** Stored data that failed validation: said plainly, with the details one click away. */
export function ProblemNotice({ problems }: { problems: Problem[] }) {
  const { openOptions } = useActions();
  if (problems.length === 0) return null;
  const count = problems.length === 1 ? 'One saved record' : `${problems.length} saved records`;
  return (
    <section className="notice notice-error" aria-labelledby="problem-title">
      <h2 id="problem-title">{count} could not be read</h2>
      <p>
        {problems.length === 1
          ? 'It has been kept exactly as it was; nothing will be written over it.'
          : 'They have been kept exactly as they were; nothing will be written over them.'}{' '}
        The options page lists every unreadable record and exports them as they are.
      </p>
      {openOptions ? (
        <button type="button" onClick={openOptions}>
          Open the options page
        </button>
      ) : null}
      <details>
        <summary>Details</summary>
        <ul>
          {problems.map((p) => (
            <li key={p.key}>
              <code>{p.key}</code>: {p.reasons.join('; ')}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
