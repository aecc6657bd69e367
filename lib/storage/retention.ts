import type { IndexEntry } from './registry';
import type { Repository } from './repository';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Interviews created more than `days` days before `now`. Pure. */
export function expiredEntries(entries: readonly IndexEntry[], days: number | null, now: number): IndexEntry[] {
  if (days === null) return [];
  const cutoff = now - days * DAY_MS;
  return entries.filter((e) => e.createdAt < cutoff);
}

export interface RetentionResult {
  deleted: IndexEntry[];
  /** Old enough to go, but not deleted: unreadable (kept as it is) or refused by storage. */
  kept: IndexEntry[];
}

/**
 * Deletes interviews older than the retention setting (off by default).
 * Run by the background at start-up and once a day, and by the options page
 * when the setting is saved. Returns what it deleted and what it kept.
 */
export async function applyRetention(repository: Repository, now: number): Promise<RetentionResult> {
  const settings = await repository.readSettings();
  if (settings.retentionDays === null) return { deleted: [], kept: [] };
  const { entries } = await repository.readIndex();
  const expired = expiredEntries(entries, settings.retentionDays, now);
  const result: RetentionResult = { deleted: [], kept: [] };
  for (const entry of expired) {
    try {
      await repository.removeInterview(entry.id);
      result.deleted.push(entry);
    } catch {
      // An unreadable record is never touched, not even to delete it on schedule.
      result.kept.push(entry);
    }
  }
  return result;
}
