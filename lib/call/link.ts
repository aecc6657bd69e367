import type { IndexEntry } from '../interview/index-entry';
import type { CallPage } from './detect';

/**
 * Which interview belongs to which meeting. A link is kept by meeting key
 * (`meet:abc-defg-hij`), so reopening the panel beside the same meeting, even
 * after a reload or a restart, finds the interview again. Pure.
 */
export interface CallLink {
  /** The interview's id. */
  id: string;
  /** When the link was made: the newest link for a meeting wins, the oldest links are dropped first. */
  at: number;
}

export type CallLinks = Readonly<Record<string, CallLink>>;

/** Links kept at most: one per meeting, so this is months of interviews, and the item stays small. */
export const MAX_LINKS = 500;

/** The key a meeting is linked under, or null when the URL carries no meeting id (Teams' in-app calls). */
export function meetingKey(page: CallPage): string | null {
  return page.meetingId ? `${page.platform}:${page.meetingId}` : null;
}

/** True when two pages are the same meeting: a reload or `?authuser=1` is not leaving the call. */
export function sameMeeting(a: CallPage, b: CallPage): boolean {
  return a.platform === b.platform && a.meetingId === b.meetingId;
}

/** Links `id` to the meeting (replacing an older link) and drops the oldest links past `max`. */
export function linkInterview(links: CallLinks, key: string, id: string, at: number, max = MAX_LINKS): CallLinks {
  const next: Record<string, CallLink> = { ...links, [key]: { id, at } };
  const keys = Object.keys(next);
  if (keys.length <= max) return next;
  const keep = new Set(
    keys
      .sort((a, b) => (next[b]?.at ?? 0) - (next[a]?.at ?? 0) || a.localeCompare(b))
      .slice(0, max)
      .concat(key),
  );
  return Object.fromEntries(Object.entries(next).filter(([k]) => keep.has(k)));
}

/**
 * The interview linked to a meeting, if it still exists: a link to an
 * interview deleted since (by hand or by retention) counts as no link.
 */
export function findLinked(links: CallLinks, key: string | null, entries: readonly IndexEntry[]): IndexEntry | null {
  if (key === null) return null;
  const link = links[key];
  if (!link) return null;
  return entries.find((e) => e.id === link.id) ?? null;
}

/** The meeting key an interview is linked to (the newest, if several). */
export function meetingOf(links: CallLinks, id: string): string | null {
  let best: [string, CallLink] | null = null;
  for (const entry of Object.entries(links)) {
    if (entry[1].id === id && (!best || entry[1].at > best[1].at)) best = entry;
  }
  return best?.[0] ?? null;
}
