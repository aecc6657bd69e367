import { useMemo } from 'react';
import { visibleEntries } from '../lib/store/library';
import { CallBanner } from './call/CallBanner';
import { InterviewListItem } from './InterviewListItem';
import { LibraryToolbar } from './LibraryToolbar';
import { ProblemNotice } from './ProblemNotice';
import { SaveProblem } from './SaveProblem';
import { ShowMore, usePaging } from './ShowMore';
import { useActions, useInterviews } from './StoreContext';
import { UndoBar } from './UndoBar';
import './InterviewList.css';

export function InterviewList() {
  const entries = useInterviews((s) => s.entries);
  const problems = useInterviews((s) => s.problems);
  const query = useInterviews((s) => s.query);
  const filter = useInterviews((s) => s.filter);
  const textMatches = useInterviews((s) => s.textMatches);
  const actions = useActions();
  const shown = useMemo(() => visibleEntries(entries, query, filter, textMatches), [entries, query, filter, textMatches]);
  const paging = usePaging(`${filter}\n${query}`);

  return (
    <main className="screen list">
      <div className="list-head">
        <h1>Interviews</h1>
        <button type="button" className="primary" onClick={actions.showNew}>
          New interview
        </button>
      </div>
      <CallBanner />
      <UndoBar />
      <SaveProblem />
      <ProblemNotice problems={problems} />
      {entries.length === 0 ? (
        <p className="muted">No interviews yet. Start one when the call begins; every answer is saved as you type.</p>
      ) : (
        <>
          <LibraryToolbar />
          {shown.length === 0 ? (
            <p className="muted">No interviews match.</p>
          ) : (
            <>
              <ul className="list-items" aria-label="Interviews found" ref={paging.listRef}>
                {shown.slice(0, paging.limit).map((entry) => (
                  <InterviewListItem key={entry.id} entry={entry} />
                ))}
              </ul>
              <ShowMore shown={paging.limit} total={shown.length} onMore={paging.more} />
            </>
          )}
        </>
      )}
    </main>
  );
}
