import { browser } from 'wxt/browser';
import { reasonOf } from '../reason';
import { PANEL_START_KEYS, startPrefetch, withPrefetch } from './prefetch';

/** The slice of `storage.local` the repository uses; tests may pass any implementation. */
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

export function browserStorage(): Storage {
  // In the side panel, the first read of the start-up keys comes from the prefetch (lib/storage/prefetch.ts).
  return { area: withPrefetch(localArea()), watch: watchLocal };
}

/** Entry point of the panel's prefetch script: reads what the panel's stores read first, before their code loads. */
export function prefetchPanelStart(): void {
  startPrefetch(localArea(), watchLocal, PANEL_START_KEYS);
}

function localArea(): StorageArea {
  return browser.storage.local as unknown as StorageArea;
}

function watchLocal(listener: ChangeListener): () => void {
  const onChanged = (changes: Record<string, StorageChange>, areaName: string) => {
    if (areaName === 'local') listener(changes);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** True for the error a browser gives when storage is full. */
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(reasonOf(error));
}
