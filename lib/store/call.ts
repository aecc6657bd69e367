import { createStore, type StoreApi } from 'zustand/vanilla';
import { meetingKey } from '../call/link';
import { nextSession, type TabEvent } from '../call/session';
import type { TabsPort } from '../call/tabs';
import { reasonOf } from '../reason';
import type { CallLinksRead, CallLinksStore } from '../storage/call-links';
import { type CallState, idleCall, linkByDefault, linkedEntry } from './call-state';
import type { InterviewsStore, NewInterviewForm } from './interviews';

export { type CallState, linkByDefault, linkedEntry } from './call-state';

export interface CallDeps {
  tabs: TabsPort;
  links: CallLinksStore;
  interviews: InterviewsStore;
  clock: () => number;
  /** The state to take over (the side panel's first frame, lib/store/call-first.ts); a new one otherwise. */
  store?: StoreApi<CallState>;
}

/**
 * The panel's view of the call beside it: follows the window's tabs through
 * the pure session machine, links interviews to meetings, and shows "Call
 * ended" for the linked interview when its call is over.
 */
export function createCallStore(deps: CallDeps) {
  const { interviews } = deps;
  // The side panel's first chunk (call-first.ts) hands over the call its first frame showed.
  const store = deps.store ?? createStore<CallState>()(() => idleCall);
  const { getState, setState } = store;

  // Leaving the ended interview any other way (a shortcut, another window deleting it) leaves "Call ended" too,
  // so opening that interview later shows its notes.
  interviews.store.subscribe((now, before) => {
    const { ended } = getState();
    if (ended && now.openId !== before.openId && now.openId !== ended.id) setState({ ended: null });
  });

  function applyLinks(read: CallLinksRead) {
    if (read.kind === 'ok') setState({ links: read.links, linksProblem: null });
    else
      setState({ linksProblem: `Saved call links could not be read (${read.reasons.join('; ')}); they are kept as they were.` });
  }

  function onTab(event: TabEvent) {
    const before = getState();
    const session = nextSession(before.session, event);
    if (session === before.session) return;
    const ended = session.ended && session.ended !== before.session.ended ? session.ended : null;
    setState({ session });
    if (!ended) return;
    // Work out which interview the ended call had, against the state before the call went away.
    const { entries, screen, openId } = interviews.store.getState();
    const entry = linkedEntry({ ...before, session: { call: ended, ended: null } }, entries);
    setState({ session: nextSession(session, { kind: 'dismiss' }) });
    if (!entry) return;
    // Never pull the interviewer out of a form or another interview they are typing in.
    if (screen === 'new' || (screen === 'interview' && openId !== entry.id)) return;
    setState({ ended: { id: entry.id, label: ended.page.label } });
    if (openId !== entry.id) void interviews.actions.open(entry.id);
  }

  async function link(id: string) {
    const { call } = getState().session;
    if (!call) return;
    const key = meetingKey(call.page);
    if (key === null) {
      setState({ tabLink: { tabId: call.tabId, id } });
      return;
    }
    try {
      setState({ links: await deps.links.link(key, id, deps.clock()) });
    } catch (error) {
      setState({ linksProblem: reasonOf(error) });
    }
  }

  const actions = {
    /** Reads the links and starts following the window's tabs. Returns the unsubscribe. */
    async init(): Promise<() => void> {
      const unwatch = deps.links.watch(applyLinks);
      applyLinks(await deps.links.read());
      let unfollow = () => {};
      try {
        // The call the first frame showed (call-first.ts) is checked again: it may have ended before this followed.
        unfollow = await deps.tabs.follow(onTab, getState().session.call?.tabId);
      } catch (error) {
        // No tabs API here (the panel opened as a plain page): the panel works, just not beside a call.
        console.warn('Reverse Interview: cannot follow tabs', error);
      }
      return () => {
        unwatch();
        unfollow();
      };
    },

    /** "Start interview for this call" / "Start another for this call": the form, with "Link to this call" ticked. */
    startForCall() {
      setState({ linkNext: true });
      interviews.actions.showNew();
    },

    setLinkNext(on: boolean) {
      setState({ linkNext: on });
    },

    /** Starts the interview from the form and links it to the call when "Link to this call" is ticked. */
    async start(form: NewInterviewForm) {
      const state = getState();
      const wanted = linkByDefault(state, interviews.store.getState().entries);
      setState({ linkNext: null });
      const id = await interviews.actions.start(form);
      if (wanted && id) await link(id);
    },

    /** "Resume interview with …". */
    resume() {
      const entry = linkedEntry(getState(), interviews.store.getState().entries);
      if (entry) void interviews.actions.open(entry.id);
    },

    /** "Back to notes": the interview, as it was. */
    backToNotes() {
      setState({ ended: null });
    },

    /** "Mark as done": set while the interview is still open, so the newest text is what gets marked. */
    async markDone() {
      const id = getState().ended?.id;
      if (id) await interviews.actions.setStatus(id, 'done');
    },

    /** Leaves "Call ended" for the list. */
    showList() {
      setState({ ended: null });
      interviews.actions.showList();
    },
  };

  return { store, actions };
}

export type CallStore = ReturnType<typeof createCallStore>;
