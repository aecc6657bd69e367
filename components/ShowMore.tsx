import { type RefObject, useEffect, useId, useRef, useState } from 'react';
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
  /** A next page was asked for whose rows are still on their way (`fetch`). */
  busy: boolean;
  more(): void;
}

/**
 * How many items to show; back to one page whenever `resetKey` changes (a new search or filter).
 * `rows`: how many there are to show now. `fetch`, while the list holds only its first page (the
 * stored list head, before the index): asks for the rest, when a page is asked for beyond `rows`;
 * that page, and the focus on its first row, then come with the rows.
 */
export function usePaging(resetKey: string, rows: number, fetch?: () => void): Paging {
  const [state, setState] = useState({ key: resetKey, limit: PAGE_SIZE });
  const listRef = useRef<HTMLUListElement | null>(null);
  /** The row to focus once it is drawn, and what had the focus when it was asked for. */
  const focusTo = useRef<{ key: string; row: number; from: Element | null } | null>(null);
  const limit = state.key === resetKey ? state.limit : PAGE_SIZE;
  const busy = fetch !== undefined && limit > rows;

  useEffect(() => {
    const to = focusTo.current;
    if (!to) return;
    const items = listRef.current?.children;
    if (to.key === resetKey && busy && !items?.item(to.row)) return;
    focusTo.current = null;
    if (to.key !== resetKey || !items?.length) return;
    // Keyboard users continue where the new rows start, not at the top or on a vanished button; unless they
    // moved on while the rows were on their way. Fewer came than the head counted: the last row.
    const active = document.activeElement;
    if (active && active !== document.body && active !== to.from) return;
    items
      .item(Math.min(to.row, items.length - 1))
      ?.querySelector('button')
      ?.focus();
  });

  return {
    limit,
    listRef,
    busy,
    more() {
      if (busy) return;
      focusTo.current = { key: resetKey, row: limit, from: document.activeElement };
      setState({ key: resetKey, limit: limit + PAGE_SIZE });
      if (fetch && limit + PAGE_SIZE > rows) fetch();
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
 * list. `shown`: the rows drawn. A changed count is announced once it settles
 * (after Show more, or a pause in typing a search), not at every keystroke.
 * `busy`: the next page's rows are on their way (the list head's first page
 * before the index); the button stays, with the focus, aria-disabled
 * rather than disabled, so focus is never dropped onto the page.
 */
export function ShowMore({
  shown,
  total,
  busy = false,
  onMore,
}: {
  shown: number;
  total: number;
  busy?: boolean;
  onMore: () => void;
}) {
  const loadingId = useId();
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
        <button
          type="button"
          aria-disabled={busy || undefined}
          aria-describedby={busy ? loadingId : undefined}
          onClick={busy ? undefined : onMore}
        >
          Show more
        </button>
      ) : null}
      {busy ? (
        <p className="muted show-more-loading" id={loadingId}>
          Loading interviews…
        </p>
      ) : null}
    </div>
  );
}
