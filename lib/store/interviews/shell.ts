import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IndexEntry } from '../../interview/index-entry';
import { reasonOf } from '../../reason';
import type { FirstPage } from '../../storage/list-head';
import type { StatusFilter } from '../library';
import type { InterviewsStore } from './index';
import { listInitial } from './initial';
import type { InterviewsState } from './state';

/** What the rest of the page brings when it has loaded: at least the interviews store, built on the shell's state. */
export interface Rest {
  interviews: InterviewsStore;
}

/**
 * The side panel's first chunk (issue 17, "the panel loads what the list
 * needs first"): the list's state, drawn from the prefetched index before the
 * stores, the step kinds, the summary and zod have loaded. The rest of the
 * page is loaded once by `load`, which builds the interviews store on this
 * same state (`StoreDeps.store`), so the list, its search and its filter carry
 * over as they are; from then on the page uses the rest's store.
 *
 * Until then the list answers at once where it can (search, filter) and every
 * other action waits for the rest and then runs, in the order it was asked.
 */
export function createListShell<R extends Rest>({
  firstPage = Promise.resolve(undefined),
  listed,
  load,
}: {
  /** The list's first page from the prefetched list head, before the index; undefined: none to show. */
  firstPage?: Promise<FirstPage | undefined>;
  /** The entries from the prefetched index; undefined: the list waits for the repository. */
  listed: Promise<IndexEntry[] | undefined>;
  /** Loads and starts the rest of the page on this state. Called once, by `loadRest`. */
  load: (store: StoreApi<InterviewsState>) => Promise<R>;
}) {
  // Nothing below keeps `listed`: 2,000 entries must not stay in memory beside the store's own.
  const store = createStore<InterviewsState>()(() => listInitial);
  let loading: Promise<R> | null = null;
  let rest: R | null = null;
  const listeners = new Set<() => void>();

  function loadRest(): Promise<R> {
    loading ??= load(store).then(
      (loaded) => {
        rest = loaded;
        for (const listener of listeners) listener();
        return loaded;
      },
      (error: unknown) => {
        // A chunk that cannot load (an extension updated under an open panel): said, never a click that does nothing.
        store.setState({
          status: { tone: 'error', text: `The panel could not load: ${reasonOf(error)} Close it and open it again.`, seq: -1 },
        });
        throw error;
      },
    );
    return loading;
  }

  // The first page as soon as it comes, then the whole index; whatever the repository has read since stands.
  const headShown = firstPage.then(
    (page) => {
      if (!page || store.getState().phase !== 'loading') return false;
      store.setState({ entries: page.entries, head: { total: page.total, active: page.active }, phase: 'ready' });
      return true;
    },
    () => false,
  );
  const indexShown = listed.then(
    (entries) => {
      const { phase, head } = store.getState();
      if (!entries || (phase !== 'loading' && head === null)) return false;
      store.setState({ entries, head: null, phase: 'ready' });
      return true;
    },
    () => false,
  );
  /** True once the list is drawn from the prefetch (its first page or all of it); false when it waits for the repository. */
  const listShown = headShown.then((shown) => shown || indexShown);

  // A rest that cannot load settles what was asked with nothing: the status line says why, and a click's
  // `void actions.open(id)` must not leave an unhandled rejection. The action's own failures still reject.
  const later =
    (name: string) =>
    (...args: unknown[]) =>
      loadRest().then(
        (loaded) => {
          const action = (loaded.interviews.actions as unknown as Record<string, ((...a: unknown[]) => unknown) | null>)[name];
          return action?.(...args);
        },
        () => undefined,
      );

  const now: Record<string, (...args: never[]) => unknown> = {
    setQuery(query: string) {
      store.setState({ query });
      // The answers are searched by the store, which reads the records (and the index, while only the head is here).
      void later('setQuery')(query).catch(() => undefined);
    },
    setFilter(filter: StatusFilter) {
      store.setState({ filter });
      // The head holds the first page in progress only: any other view needs the index, which the rest reads.
      if (store.getState().head) void loadRest().catch(() => undefined);
    },
  };

  const actions = new Proxy({} as InterviewsStore['actions'], {
    get(_, name) {
      if (typeof name !== 'string') return undefined;
      if (rest) return (rest.interviews.actions as unknown as Record<string, unknown>)[name];
      return now[name] ?? later(name);
    },
  });

  return {
    store,
    actions,
    loadRest,
    listShown,
    /** The rest, once loaded (for `useSyncExternalStore`). */
    rest: (): R | null => rest,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ListShell<R extends Rest> = ReturnType<typeof createListShell<R>>;
