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

/** True for the error a browser gives when storage is full. */
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(reasonOf(error));
}
