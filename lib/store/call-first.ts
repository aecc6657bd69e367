import { createStore } from 'zustand/vanilla';
import { detectCall } from '../call/detect';
import { type CallLinks, meetingKey } from '../call/link';
import type { ActiveTab } from '../call/tabs';
import type { IndexEntry } from '../interview/index-entry';
import type { CallStore } from './call';
import { type CallState, idleCall } from './call-state';

/**
 * The call beside the side panel in the list's first frame (issue 17's list
 * first): from the active tab and the stored call links the prefetch script
 * read, before the call store and zod have loaded. Without it the banner came
 * with the rest of the page, a few hundred milliseconds after the list, and
 * pushed every row down under the pointer. The call store (call.ts) takes
 * this state over; until then its actions wait for it, in the order asked.
 */
/** How long the list's first frame waits for the tab beside the panel (the query usually answers within the storage read). */
const TAB_WAIT_MS = 300;

export function createCallFirst(loadCall: () => Promise<Pick<CallStore, 'actions'>>) {
  const store = createStore<CallState>()(() => idleCall);
  const actions = new Proxy({} as CallStore['actions'], {
    get: (_, name) =>
      typeof name !== 'string'
        ? undefined
        : (...args: unknown[]) =>
            loadCall().then(
              (call) => (call.actions as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.(...args),
              // The rest could not load: the status line says so.
              () => undefined,
            ),
  });

  return {
    store,
    actions,
    /**
     * Shows the call the prefetch found; resolves once the state is set, so the list can wait for it and
     * draw both in one frame. `links`: the stored links as read (undefined: none, or not read), asked for only
     * when the tab is a call.
     */
    async start(tab: Promise<ActiveTab | undefined>, links: () => Promise<unknown>) {
      // Never a list held back by a tab query that does not answer: past this, the banner comes with the rest.
      const active = await Promise.race([tab, new Promise<undefined>((resolve) => setTimeout(resolve, TAB_WAIT_MS))]);
      const page = active?.url === undefined ? null : detectCall(active.url);
      if (!active || !page) return;
      const quick = quickCallLinks(await links());
      store.setState({ session: { call: { tabId: active.tabId, page }, ended: null }, ...(quick ? { links: quick } : {}) });
    },

    /**
     * True when the call's linked interview is not among `entries` (the list head's first page: 25 in progress):
     * the banner could not name it, and would grow once the index came. The list then waits for the index.
     */
    linkedBeyond(entries: readonly IndexEntry[]): boolean {
      const { session, links } = store.getState();
      const key = session.call ? meetingKey(session.call.page) : null;
      const link = key === null ? undefined : links[key];
      return link !== undefined && !entries.some((e) => e.id === link.id);
    },
  };
}

export type CallFirst = ReturnType<typeof createCallFirst>;

/**
 * The stored call links (registry `calls`) without zod: only the plain case;
 * anything else gives undefined, and the banner shows no link until the call
 * store has read them, validated, as always.
 */
export function quickCallLinks(raw: unknown): CallLinks | undefined {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { schema, links } = raw as Record<string, unknown>;
  if (schema !== 1 || typeof links !== 'object' || links === null || Array.isArray(links)) return undefined;
  for (const link of Object.values(links)) {
    if (typeof link !== 'object' || link === null) return undefined;
    const { id, at } = link as Record<string, unknown>;
    if (typeof id !== 'string' || id.length === 0 || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  }
  return links as CallLinks;
}
