import { type CallPage, detectCall } from './detect';
import { sameMeeting } from './link';

/**
 * Which call the panel is beside, as a pure state machine over tab events.
 * The panel is beside the call tab last seen active in its window; switching
 * to another tab (the ATS, a document) keeps it beside that call. The call
 * ends when its tab closes or leaves the meeting (another meeting, another
 * site, or a page we are not allowed to see).
 */
export interface CallTab {
  tabId: number;
  page: CallPage;
}

export interface Session {
  /** The call the panel is beside, if any. */
  call: CallTab | null;
  /** The call that just ended, until the panel has dealt with it. */
  ended: CallTab | null;
}

/**
 * What the platform reports. `url` is undefined when the browser does not
 * let the extension see it: any site outside the call hosts, which by
 * definition is not a call.
 */
export type TabEvent =
  /** The active tab of the panel's window (at start, and whenever it changes). */
  | { kind: 'active'; tabId: number; url: string | undefined }
  /** A tab's page changed; `active` is true when it is the active tab of the panel's window. */
  | { kind: 'updated'; tabId: number; url: string | undefined; active: boolean }
  | { kind: 'removed'; tabId: number }
  /** The panel has shown the ended call: forget it. */
  | { kind: 'dismiss' };

export const noSession: Session = { call: null, ended: null };

export function nextSession(session: Session, event: TabEvent): Session {
  const { call } = session;
  switch (event.kind) {
    case 'active': {
      if (call?.tabId === event.tabId) return left(session, event.tabId, event.url);
      const page = event.url === undefined ? null : detectCall(event.url);
      // Another tab that is not a call: still beside the call, which is open in this window.
      if (!page) return session;
      return { ...session, call: { tabId: event.tabId, page } };
    }
    case 'updated': {
      if (call?.tabId === event.tabId) return left(session, event.tabId, event.url);
      if (!event.active || event.url === undefined) return session;
      const page = detectCall(event.url);
      return page ? { ...session, call: { tabId: event.tabId, page } } : session;
    }
    case 'removed':
      return call?.tabId === event.tabId ? { call: null, ended: call } : session;
    case 'dismiss':
      return session.ended ? { ...session, ended: null } : session;
  }
}

/** The call tab now shows `url`: same meeting, or the call is over (and maybe another begins). */
function left(session: Session, tabId: number, url: string | undefined): Session {
  const { call } = session;
  if (!call) return session;
  const page = url === undefined ? null : detectCall(url);
  if (page && sameMeeting(page, call.page)) return session;
  return { call: page ? { tabId, page } : null, ended: call };
}
