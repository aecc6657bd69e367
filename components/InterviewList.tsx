import { isoDate } from '../lib/summary';
import { ProblemNotice } from './ProblemNotice';
import { useActions, useInterviews } from './StoreContext';
import './InterviewList.css';

export function InterviewList() {
  const entries = useInterviews((s) => s.entries);
  const problems = useInterviews((s) => s.problems);
  const actions = useActions();
  return (
    <main className="screen list">
      <div className="list-head">
        <h1>Interviews</h1>
        <button type="button" className="primary" onClick={actions.showNew}>
          New interview
        </button>
      </div>
      <ProblemNotice problems={problems} />
      {entries.length === 0 ? (
        <p className="muted">No interviews yet. Start one when the call begins; every answer is saved as you type.</p>
      ) : (
        <ul className="list-items">
          {entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="list-item" onClick={() => void actions.open(entry.id)}>
                <span className="list-name">{entry.candidate || 'Unnamed candidate'}</span>
                <span className="list-meta">
                  {entry.role ? `${entry.role} · ` : ''}
                  {isoDate(entry.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
