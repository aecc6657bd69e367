import type { IndexEntry } from './registry';
import type { Repository } from './repository';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Interviews created more than `days` days before `now`. Pure. */
export function expiredEntries(entries: readonly IndexEntry[], days: number | null, now: number): IndexEntry[] {
  if (days === null) return [];
  const cutoff = now - days * DAY_MS;
  return entries.filter((e) => e.createdAt < cutoff);
}

/**
 * Deletes interviews older than the retention setting (off by default).
 * Run by the background at start-up and once a day. Returns what it deleted.
 */
export async function applyRetention(repository: Repository, now: number): Promise<IndexEntry[]> {
  const settings = await repository.readSettings();
  if (settings.retentionDays === null) return [];
  const { entries } = await repository.readIndex();
  const expired = expiredEntries(entries, settings.retentionDays, now);
  const deleted: IndexEntry[] = [];
  for (const entry of expired) {
    try {
      await repository.removeInterview(entry.id);
      deleted.push(entry);
    } catch {
      // An unreadable record is never touched, not even to delete it on schedule.
    }
  }
  return deleted;
}
