import { describe, expect, it } from 'vitest';
import { nextSession, noSession, type Session, type TabEvent } from '../../lib/call/session';

const MEET = 'https://meet.google.com/abc-defg-hij';
const OTHER_MEET = 'https://meet.google.com/qrs-tuvw-xyz';
const ZOOM = 'https://app.zoom.us/wc/81234567890/join';

/** Runs the events from no session; returns what the panel shows: the call's label and the ended call's. */
function run(events: TabEvent[]): { call: string | null; tab: number | null; ended: string | null } {
  const s = events.reduce<Session>(nextSession, noSession);
  return { call: s.call?.page.label ?? null, tab: s.call?.tabId ?? null, ended: s.ended?.page.label ?? null };
}

const active = (tabId: number, url?: string): TabEvent => ({ kind: 'active', tabId, url });
const updated = (tabId: number, url: string | undefined, isActive = false): TabEvent => ({
  kind: 'updated',
  tabId,
  url,
  active: isActive,
});
const removed = (tabId: number): TabEvent => ({ kind: 'removed', tabId });

describe('call session', () => {
  it.each<[string, TabEvent[], ReturnType<typeof run>]>([
    ['nothing yet', [], { call: null, tab: null, ended: null }],
    ['the active tab is a call', [active(1, MEET)], { call: 'Google Meet abc-defg-hij', tab: 1, ended: null }],
    ['the active tab is not a call', [active(1, 'https://example.com/')], { call: null, tab: null, ended: null }],
    ['a tab we may not see (no URL)', [active(1)], { call: null, tab: null, ended: null }],
    [
      'switching to another tab keeps the call',
      [active(1, MEET), active(2, 'https://ats.example/')],
      { call: 'Google Meet abc-defg-hij', tab: 1, ended: null },
    ],
    [
      'switching to another call follows it',
      [active(1, MEET), active(2, ZOOM)],
      { call: 'Zoom 81234567890', tab: 2, ended: null },
    ],
    [
      'the active tab navigates into a call',
      [active(1, 'https://example.com/'), updated(1, MEET, true)],
      { call: 'Google Meet abc-defg-hij', tab: 1, ended: null },
    ],
    [
      'a background tab navigating into a call is not followed',
      [updated(3, MEET, false)],
      { call: null, tab: null, ended: null },
    ],
    [
      'a reload or new query parameters are the same meeting',
      [active(1, MEET), updated(1, `${MEET}?authuser=1`), updated(1, MEET)],
      { call: 'Google Meet abc-defg-hij', tab: 1, ended: null },
    ],
    ['the call tab closes', [active(1, MEET), removed(1)], { call: null, tab: null, ended: 'Google Meet abc-defg-hij' }],
    ['another tab closes', [active(1, MEET), removed(2)], { call: 'Google Meet abc-defg-hij', tab: 1, ended: null }],
    [
      'the call tab leaves for a page we may not see',
      [active(1, MEET), updated(1, undefined)],
      { call: null, tab: null, ended: 'Google Meet abc-defg-hij' },
    ],
    [
      'the call tab leaves for the landing page',
      [active(1, MEET), updated(1, 'https://meet.google.com/landing')],
      { call: null, tab: null, ended: 'Google Meet abc-defg-hij' },
    ],
    [
      'the call tab goes straight into another meeting',
      [active(1, MEET), updated(1, OTHER_MEET)],
      { call: 'Google Meet qrs-tuvw-xyz', tab: 1, ended: 'Google Meet abc-defg-hij' },
    ],
    [
      'the call tab, activated again, shows another page',
      [active(1, MEET), active(2, 'https://ats.example/'), active(1)],
      { call: null, tab: null, ended: 'Google Meet abc-defg-hij' },
    ],
    [
      'dismissing forgets the ended call only',
      [active(1, MEET), updated(1, OTHER_MEET), { kind: 'dismiss' }],
      { call: 'Google Meet qrs-tuvw-xyz', tab: 1, ended: null },
    ],
    [
      'closing a tab twice ends once',
      [active(1, MEET), removed(1), removed(1)],
      { call: null, tab: null, ended: 'Google Meet abc-defg-hij' },
    ],
  ])('%s', (_name, events, expected) => {
    expect(run(events)).toEqual(expected);
  });

  it('returns the same object when nothing changes, so the store does not re-render', () => {
    const s = nextSession(noSession, active(1, MEET));
    expect(nextSession(s, updated(1, MEET))).toBe(s);
    expect(nextSession(s, active(2, 'https://example.com/'))).toBe(s);
    expect(nextSession(s, removed(7))).toBe(s);
    expect(nextSession(s, { kind: 'dismiss' })).toBe(s);
  });
});
