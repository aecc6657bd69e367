import { reasonOf } from '../reason';

/**
 * What the repository needs from a key–value store: the slice of
 * `storage.local` it uses. The browser's adapter lives in
 * lib/platform/storage.ts; tests pass any implementation.
 */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
  /** Chrome 130+: every key without reading the values. */
  getKeys?(): Promise<string[]>;
}

export interface StorageChange {
  newValue?: unknown;
  oldValue?: unknown;
}

export type ChangeListener = (changes: Record<string, StorageChange>) => void;

export interface Storage {
  area: StorageArea;
  /** Subscribes to changes made by any context; returns the unsubscribe function. */
  watch(listener: ChangeListener): () => void;
}

/**
 * What an administrator pushed through enterprise policy (`storage.managed`,
 * declared by public/managed_schema.json). Read-only by nature. The browser's
 * adapter lives in lib/platform/managed.ts; the catalogue and scripts stores
 * read it through this port.
 */
export type ManagedValue = { kind: 'ok'; raw: unknown } | { kind: 'unavailable'; reason: string };

export interface ManagedSource {
  read(): Promise<ManagedValue>;
  /** Policy changes arrive as `onChanged` with area `managed`; returns the unsubscribe. */
  watch(listener: () => void): () => void;
}

/**
 * True for the errors a browser gives when storage has no room: Chrome's quota
 * message (without `unlimitedStorage`), its LevelDB backend on a full disk
 * ("IO error: …/000003.log: No space left on device"), Firefox's
 * `QuotaExceededError`, and the platform's own words for a full disk.
 */
export function isQuotaError(error: unknown): boolean {
  return /quota|no space left|ENOSPC|disk (is )?full|not enough (disk )?space|FILE_ERROR_NO_SPACE|ERROR_DISK_FULL/i.test(
    reasonOf(error),
  );
}
