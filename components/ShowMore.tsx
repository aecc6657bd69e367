import { type RefObject, useEffect, useRef, useState } from 'react';
import { PAGE_SIZE } from '../lib/interview/index-entry';
import { formatCount } from '../lib/store/library';

/**
 * Long lists are shown a page at a time. Rendering 2,000 interviews at once
 * took seconds on a 2-core machine before the list could be used (issue 7,
 * `npm run bench`), and nobody scrolls through 2,000 rows: search finds the
 * rest. The page size is a trade: one screenful is ~12 rows at 360 px, and
 * every row rendered before the list is usable costs time on a cold start.
 */

export interface Paging {
  limit: number;
  /** Attach to the list, so focus can move to the first newly shown item. */
  listRef: RefObject<HTMLUListElement | null>;
  more(): void;
}

/** How many items to show; back to one page whenever `resetKey` changes (a new search or filter). */
export function usePaging(resetKey: string): Paging {
  const [state, setState] = useState({ key: resetKey, limit: PAGE_SIZE });
  const listRef = useRef<HTMLUListElement | null>(null);
  const focusFrom = useRef<number | null>(null);
  const limit = state.key === resetKey ? state.limit : PAGE_SIZE;

  useEffect(() => {
    const from = focusFrom.current;
    focusFrom.current = null;
    if (from === null) return;
    // Keyboard users continue where the new rows start, not at the top or on a vanished button.
    listRef.current?.children.item(from)?.querySelector('button')?.focus();
  });

  return {
    limit,
    listRef,
    more() {
      focusFrom.current = limit;
      setState({ key: resetKey, limit: limit + PAGE_SIZE });
    },
  };
}

/** Under the height of a row and the gap below it (two lines and padding, 59 px, then 6 px): a screenful is never short. */
const MIN_ROW_PX = 64;
/** Under the height of what is above the first row (title and New interview, search, filters: 133 px at 360 px wide). */
const MIN_TOP_PX = 100;

/**
 * How many rows the list's first frame draws when the panel opens (issue 17):
 * as many as the panel's height could show, and the rest of the page in the
 * frame after, once those are on screen. Each row costs its render, style,
 * layout and paint before the panel shows anything; the rows below the fold
 * can wait a frame. Null once the first rows are drawn, or when `first` is
 * false (the list shown again, whose focus may go to any row of the page).
 */
export function useScreenfulFirst(first: boolean, hasRows: boolean): number | null {
  const [drawn, setDrawn] = useState(!first);
  useEffect(() => {
    if (drawn || !hasRows) return;
    const frame = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, [drawn, hasRows]);
  return drawn ? null : Math.max(8, Math.ceil((window.innerHeight - MIN_TOP_PX) / MIN_ROW_PX));
}

/** How long the count must stay put before a screen reader is told: a search changes it at every keystroke. */
const ANNOUNCE_AFTER_MS = 700;

/**
 * "Showing 25 of 2,000" and a button for the next page; nothing for a short
 * list. A changed count is announced once it settles (after Show more, or a
 * pause in typing a search), not at every keystroke.
 */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const count = Math.min(shown, total);
  const [announced, setAnnounced] = useState('');
  // Not when the list is first shown (back from an interview): the count is on screen, and not news.
  const changed = useRef(false);
  useEffect(() => {
    if (!changed.current) {
      changed.current = true;
      return;
    }
    if (total <= PAGE_SIZE) return;
    const timer = setTimeout(
      () => setAnnounced(`${formatCount(count)} of ${formatCount(total)} interviews shown`),
      ANNOUNCE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [count, total]);
  if (total <= PAGE_SIZE) return null;
  return (
    <div className="show-more">
      <p className="muted">
        Showing {formatCount(count)} of {formatCount(total)}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="list-count-announcement">
        {announced}
      </p>
      {shown < total ? (
        <button type="button" onClick={onMore}>
          Show more
        </button>
      ) : null}
    </div>
  );
}
