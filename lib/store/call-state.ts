import type { CallLinks } from '../call/link';
import { findLinked, meetingKey } from '../call/link';
import type { Session } from '../call/session';
import type { IndexEntry } from '../storage/registry';

/** What the call store holds, and the pure selectors the panel reads it through. */
export interface CallState {
  session: Session;
  links: CallLinks;
  /** Set when the stored links cannot be read: they are kept as they were and linking is off. */
  linksProblem: string | null;
  /** The "Link to this call" choice for the next new interview; null follows the default (see `linkByDefault`). */
  linkNext: boolean | null;
  /** The interview whose call just ended, and that call's label: the panel shows "Call ended" for it. */
  ended: { id: string; label: string } | null;
  /** Linked to an id-less call (Teams' in-app meetings) for as long as the tab lives; not stored. */
  tabLink: { tabId: number; id: string } | null;
}

/** Beside no call, nothing linked or ended: where every call store starts. */
export const idleCall: CallState = {
  // Not `noSession` (call/session.ts): the side panel's first chunk has no use for the session machine.
  session: { call: null, ended: null },
  links: {},
  linksProblem: null,
  linkNext: null,
  ended: null,
  tabLink: null,
};

/** The interview linked to the call the panel is beside, if it still exists. */
export function linkedEntry(state: CallState, entries: readonly IndexEntry[]): IndexEntry | null {
  const { call } = state.session;
  if (!call) return null;
  const key = meetingKey(call.page);
  if (key === null) {
    const link = state.tabLink;
    return link && link.tabId === call.tabId ? (entries.find((e) => e.id === link.id) ?? null) : null;
  }
  return findLinked(state.links, key, entries);
}

/** Tick "Link to this call" unless this call already has its interview (then a new one is probably unrelated). */
export function linkByDefault(state: CallState, entries: readonly IndexEntry[]): boolean {
  if (!state.session.call || state.linksProblem) return false;
  return state.linkNext ?? linkedEntry(state, entries) === null;
}
