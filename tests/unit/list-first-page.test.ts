// @vitest-environment happy-dom
/**
 * The list while only its first page is here (the stored list head, before the
 * index: lib/store/interviews/shell.ts). "Show more" then has no rows to show:
 * it loads the rest at once, keeps its place (and focus) and says how many rows
 * are drawn; once the index is read the next page comes, with focus on its first
 * row and the count announced once. A view that waits for the index says nothing
 * about hidden matches the head cannot count.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InterviewList } from '../../components/InterviewList';
import { StoreProvider } from '../../components/StoreContext';
import type { IndexEntry } from '../../lib/interview/index-entry';
import { createListShell } from '../../lib/store/interviews/shell';
import { deferred, implementGetKeys, must, settle } from './support';
import { makePanel } from './support/panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** "Person 1" (the newest) to "Person 40", all in progress. */
const all: IndexEntry[] = Array.from({ length: 40 }, (_, i) => ({
  id: `p${i + 1}`,
  candidate: `Person ${i + 1}`,
  role: 'Engineer',
  createdAt: 1_764_500_000_000 - i,
  status: 'active',
}));

/** Past ShowMore's settle delay (700 ms) before the count is announced. */
const pastSettle = () => act(() => new Promise((resolve) => setTimeout(resolve, 800)));

let root: Root | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  implementGetKeys();
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** The list drawn from a head of 25 rows with 40 in progress; the rest loads when `rest` is resolved. */
async function headOnly() {
  const rest = deferred<void>();
  let loads = 0;
  const shell = createListShell({
    firstPage: Promise.resolve({ entries: all.slice(0, 25), total: 40, active: 40 }),
    listed: Promise.resolve(undefined),
    load: async (store) => {
      loads += 1;
      await rest.promise;
      return { interviews: makePanel({ store }) };
    },
  });
  await shell.listShown;
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const mounted = root;
  await act(async () => mounted.render(createElement(StoreProvider, { value: shell }, createElement(InterviewList))));
  // The rows below the first screenful come a frame later.
  await act(() => settle());
  const rows = () => [...host.querySelectorAll('ul[aria-label="Interviews found"] > li')];
  const showMore = () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show more') ?? null;
  const count = () => host.querySelector('.show-more > p.muted')?.textContent;
  const announced = () => host.querySelector('[data-testid="list-count-announcement"]')?.textContent;
  /** What the stores do when they have read the index: its rows replace the head's. */
  const indexRead = () => act(async () => shell.store.setState({ entries: all, head: null }));
  return { shell, rest, host, loads: () => loads, rows, showMore, count, announced, indexRead };
}

describe('the list from its first page, before the index (components/InterviewList.tsx, ShowMore.tsx)', () => {
  it('Show more loads the rest, keeps its place and the true count, then shows the next page with focus on its first row', async () => {
    const l = await headOnly();
    expect(l.rows()).toHaveLength(25);
    expect(l.count()).toBe('Showing 25 of 40');
    const more = must(l.showMore(), 'Show more');
    await act(async () => more.focus());
    await act(async () => more.click());

    // No rows to show yet: the rest is asked for at once, and the button stays (busy) with the focus on it.
    expect(l.loads()).toBe(1);
    expect(l.rows()).toHaveLength(25);
    expect(l.count()).toBe('Showing 25 of 40');
    expect(l.showMore()).toBe(more);
    expect(document.activeElement).toBe(more);
    expect(more.getAttribute('aria-disabled')).toBe('true');
    expect(l.host.querySelector('.show-more')?.textContent).toContain('Loading interviews…');
    // A second press while busy asks for no extra page.
    await act(async () => more.click());
    await pastSettle();
    expect(l.announced()).toBe('');

    l.rest.resolve();
    await act(() => settle());
    await l.indexRead();
    expect(l.rows()).toHaveLength(40);
    expect(l.count()).toBe('Showing 40 of 40');
    expect(l.showMore()).toBeNull();
    expect(document.activeElement).toBe(l.rows()[25]?.querySelector('button'));
    expect(document.activeElement?.textContent).toContain('Person 26');
    await pastSettle();
    expect(l.announced()).toBe('40 of 40 interviews shown');
  });

  it('leaves the focus alone if the user moved on while the rows were on their way', async () => {
    const l = await headOnly();
    const more = must(l.showMore(), 'Show more');
    await act(async () => more.focus());
    await act(async () => more.click());
    const search = must(l.host.querySelector<HTMLInputElement>('input[type=search]'));
    await act(async () => search.focus());
    l.rest.resolve();
    await act(() => settle());
    await l.indexRead();
    expect(l.rows()).toHaveLength(40);
    expect(document.activeElement).toBe(search);
  });

  it('without Show more, the index changes nothing on screen and announces nothing', async () => {
    const l = await headOnly();
    l.rest.resolve();
    await l.shell.loadRest();
    await l.indexRead();
    expect(l.rows()).toHaveLength(25);
    expect(l.count()).toBe('Showing 25 of 40');
    await pastSettle();
    expect(l.announced()).toBe('');
  });

  it('says nothing of hidden matches while a view waits for the index, then says the real count', async () => {
    const l = await headOnly();
    await act(async () => {
      l.shell.actions.setFilter('done');
      l.shell.actions.setQuery('Person');
    });
    expect(l.host.textContent).toContain('Loading interviews…');
    const line = must(l.host.querySelector('.hidden-matches'), 'the hidden-matches line');
    expect(line.getAttribute('aria-live')).toBe('polite');
    expect(line.textContent).toBe('');
    l.rest.resolve();
    await act(() => settle());
    await l.indexRead();
    // The same element (so the change is read out once), now with the index's count.
    expect(l.host.querySelector('.hidden-matches')).toBe(line);
    expect(line.textContent).toBe('40 more under In progress. Show all');
  });
});
