import { type FocusEvent, type RefObject, useLayoutEffect, useMemo, useRef } from 'react';
import { hiddenLine, hiddenMatches, statusLabels, visibleEntries } from '../lib/store/library';
import { CallBanner } from './call/CallBanner';
import { InterviewListItem } from './InterviewListItem';
import { LibraryToolbar } from './LibraryToolbar';
import { ProblemNotice } from './ProblemNotice';
import { SaveProblem } from './SaveProblem';
import { ShowMore, usePaging, useScreenfulFirst } from './ShowMore';
import { useActions, useInterviews, useInterviewsStore } from './StoreContext';
import { UndoBar } from './UndoBar';
import './InterviewList.css';

/** `returnTo`: the interview just left (null: another screen), whose row gets the focus its screen took away. */
export function InterviewList({ returnTo }: { returnTo?: string | null }) {
  const entries = useInterviews((s) => s.entries);
  // Only the first page yet (the stored list head, before the index): its counts are the list's.
  const head = useInterviews((s) => s.head);
  const problems = useInterviews((s) => s.problems);
  const query = useInterviews((s) => s.query);
  const filter = useInterviews((s) => s.filter);
  const textMatches = useInterviews((s) => s.textMatches);
  const actions = useActions();
  const { loadRest } = useInterviewsStore();
  // The head holds the first page in progress: it answers that view alone; any other waits for the index.
  const headView = head === null ? 'none' : filter === 'active' && query.trim() === '' ? 'first-page' : 'waiting';
  const shown = useMemo(() => visibleEntries(entries, query, filter, textMatches), [entries, query, filter, textMatches]);
  const hidden = useMemo(() => hiddenMatches(entries, query, filter, textMatches), [entries, query, filter, textMatches]);
  // Show more past the head's rows loads the rest at once (the index comes with it), as a filter or a search does.
  const fetchRest = useMemo(() => (loadRest ? () => void loadRest().catch(() => undefined) : () => undefined), [loadRest]);
  const paging = usePaging(`${filter}\n${query}`, shown.length, head ? fetchRest : undefined);
  const screenful = useScreenfulFirst(returnTo === undefined, shown.length > 0);
  const drawn = screenful === null ? paging.limit : Math.min(paging.limit, screenful);
  const keeper = useRowFocusKeeper();
  useFocusReturn(returnTo, keeper.fallbackRef);

  return (
    <main className="screen list">
      <div className="list-head">
        <h1>Interviews</h1>
        <button type="button" className="primary" onClick={actions.showNew} ref={keeper.fallbackRef}>
          New interview
        </button>
      </div>
      <CallBanner />
      <UndoBar />
      <SaveProblem />
      <ProblemNotice problems={problems} />
      {(head ? head.total : entries.length) === 0 ? (
        <p className="muted">No interviews yet. Start one when the call begins; every answer is saved as you type.</p>
      ) : (
        <>
          <LibraryToolbar />
          {/* Where the rest are (issue 21): matches the status filter hides, said and one press away. Polite, and
              always in the page so the change is read out; not role=status, which is the panel's status line. */}
          <p className="hidden-matches" aria-live="polite">
            {/* Not from the head's rows while the list below waits for the index: a wrong count, said twice. */}
            {headView !== 'waiting' && hidden.length > 0 ? (
              <>
                {hiddenLine(hidden)}.{' '}
                <button type="button" className="link" onClick={() => actions.setFilter('all')}>
                  Show all
                </button>
              </>
            ) : null}
          </p>
          {headView === 'waiting' ? (
            <p className="muted loading">Loading interviews…</p>
          ) : shown.length === 0 ? (
            <p className="muted">
              {query.trim() || filter === 'all' ? 'No interviews match.' : `No interviews under “${statusLabels[filter]}”.`}
            </p>
          ) : (
            <>
              <ul
                className="list-items"
                aria-label="Interviews found"
                ref={paging.listRef}
                onFocus={keeper.onFocus}
                onBlur={keeper.onBlur}
              >
                {shown.slice(0, drawn).map((entry) => (
                  <InterviewListItem
                    key={entry.id}
                    entry={entry}
                    snippet={query.trim() ? textMatches?.get(entry.id) : undefined}
                  />
                ))}
              </ul>
              <ShowMore
                shown={Math.min(paging.limit, shown.length)}
                total={headView === 'first-page' && head ? head.active : shown.length}
                busy={paging.busy}
                onMore={paging.more}
              />
            </>
          )}
        </>
      )}
    </main>
  );
}

/**
 * Focus whose control left the page with its screen (an interview, the new-interview form) or with the
 * Undo offer goes to that interview's row, else to "New interview"; never back to the top of the page.
 * Only while nothing else has the focus: a click elsewhere meanwhile wins.
 */
function useFocusReturn(returnTo: string | null | undefined, fallback: RefObject<HTMLButtonElement | null>) {
  const undoId = useInterviews((s) => s.undo?.interview.id);
  const first = useRef(true);
  /** The interview whose Undo offer is showing, then (for a moment after it ends) the row to move to. */
  const undone = useRef<{ id: string; until: number } | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body;
    const rowOf = (id: string | null | undefined) =>
      id ? document.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .list-item`) : null;
    if (first.current) {
      first.current = false;
      if (returnTo !== undefined && lost) (rowOf(returnTo) ?? fallback.current)?.focus();
    }
    if (undoId) {
      undone.current = { id: undoId, until: 0 };
      return;
    }
    const was = undone.current;
    if (!was) return;
    if (was.until === 0) {
      // The offer ended, its button with it: "New interview" at once, the restored row once it is listed.
      if (lost) fallback.current?.focus();
      was.until = Date.now() + 2000;
    }
    const row = Date.now() <= was.until && rowOf(was.id);
    if (row && document.activeElement === fallback.current) row.focus();
    if (row || Date.now() > was.until) undone.current = null;
  });
}

/**
 * Keyboard users keep their place: when the focused control's row leaves the
 * list (deleted, or archived or marked done under a filter that hides it),
 * focus moves to the row now at that place, or to "New interview" when the
 * list is empty, instead of falling back to the top of the page.
 */
function useRowFocusKeeper() {
  const last = useRef<{ element: Element; row: number; list: Element } | null>(null);
  const fallbackRef = useRef<HTMLButtonElement>(null);
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = (event.target as Element).closest('li');
    const list = event.currentTarget;
    last.current = row ? { element: event.target as Element, row: [...list.children].indexOf(row), list } : null;
  };
  // Focus moved on to something outside the list (the search box, a click elsewhere): nothing to keep.
  // A control removed from the page blurs with no related target, so that case is kept.
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) last.current = null;
  };
  useLayoutEffect(() => {
    const was = last.current;
    // Only when the focused control itself was removed: a click elsewhere leaves it in the page.
    if (!was || was.element.isConnected) return;
    last.current = null;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const rows = was.list.isConnected ? [...was.list.querySelectorAll<HTMLButtonElement>(':scope > li .list-item')] : [];
    (rows[Math.min(was.row, rows.length - 1)] ?? fallbackRef.current)?.focus();
  });
  return { onFocus, onBlur, fallbackRef };
}
