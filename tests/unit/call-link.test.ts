import { describe, expect, it } from 'vitest';
import { detectCall } from '../../lib/call/detect';
import { findLinked, linkInterview, meetingKey, meetingOf, sameMeeting } from '../../lib/call/link';
import type { IndexEntry } from '../../lib/storage/registry';

const entry = (id: string): IndexEntry => ({ id, candidate: id, role: '', createdAt: 1, status: 'active' });
const page = (href: string) => {
  const p = detectCall(href);
  if (!p) throw new Error(`${href} is not a call`);
  return p;
};

describe('meetingKey', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet:abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=1', 'meet:abc-defg-hij'],
    ['https://us05web.zoom.us/wc/812345678/start', 'zoom:812345678'],
    ['https://teams.live.com/meet/9381234567890', 'teams:9381234567890'],
    ['https://teams.microsoft.com/v2/', null],
  ])('%s → %s', (href, key) => {
    expect(meetingKey(page(href))).toBe(key);
  });
});

describe('sameMeeting', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij?authuser=1', true],
    ['https://app.zoom.us/wc/81234567890/join', 'https://app.zoom.us/wc/join/81234567890', true],
    ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hik', false],
    ['https://app.zoom.us/wc/81234567890/join', 'https://meet.google.com/abc-defg-hij', false],
    ['https://teams.microsoft.com/v2/', 'https://teams.live.com/meet/9381234567890', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(sameMeeting(page(a), page(b))).toBe(same);
  });
});

describe('linkInterview', () => {
  it('links, and a newer link for the same meeting replaces the older', () => {
    const once = linkInterview({}, 'meet:abc-defg-hij', 'a', 10);
    expect(once).toEqual({ 'meet:abc-defg-hij': { id: 'a', at: 10 } });
    const twice = linkInterview(once, 'meet:abc-defg-hij', 'b', 20);
    expect(twice).toEqual({ 'meet:abc-defg-hij': { id: 'b', at: 20 } });
    expect(once).toEqual({ 'meet:abc-defg-hij': { id: 'a', at: 10 } }); // not mutated
  });

  it('drops the oldest links past the limit, never the new one', () => {
    let links = {};
    for (let i = 0; i < 5; i++) links = linkInterview(links, `zoom:${i}`, `iv-${i}`, 100 + i, 3);
    expect(Object.keys(links).sort()).toEqual(['zoom:2', 'zoom:3', 'zoom:4']);
    // A link made with an older clock (another machine) is still kept: it is the one just asked for.
    links = linkInterview(links, 'meet:old', 'iv-old', 1, 3);
    expect(Object.keys(links)).toContain('meet:old');
  });
});

describe('findLinked', () => {
  const links = { 'meet:abc-defg-hij': { id: 'a', at: 1 }, 'zoom:1': { id: 'gone', at: 2 } };
  it.each([
    ['meet:abc-defg-hij', 'a'],
    ['zoom:1', null], // deleted since: no link
    ['teams:1', null],
    [null, null],
  ])('%s → %s', (key, id) => {
    expect(findLinked(links, key, [entry('a'), entry('b')])?.id ?? null).toBe(id);
  });
});

describe('meetingOf', () => {
  it('finds the newest meeting an interview is linked to', () => {
    const links = { 'meet:a': { id: 'x', at: 1 }, 'meet:b': { id: 'x', at: 5 }, 'meet:c': { id: 'y', at: 9 } };
    expect(meetingOf(links, 'x')).toBe('meet:b');
    expect(meetingOf(links, 'z')).toBeNull();
  });
});
