import { browser } from 'wxt/browser';
import { KEYS, PANEL_FIRST_KEYS, PANEL_START_KEYS } from '../storage/keys';
import { hasListHead } from '../storage/list-head';
import type { ChangeListener, Storage, StorageArea, StorageChange } from '../storage/port';
import { startPrefetch, withPrefetch } from '../storage/prefetch';

/** `storage.local` as the repository's port (lib/storage/port.ts). */
export function browserStorage(): Storage {
  // In the side panel, the first read of the start-up keys comes from the prefetch (lib/storage/prefetch.ts).
  return { area: withPrefetch(localArea()), watch: watchLocal };
}

/** Entry point of the panel's prefetch script: reads what the panel's stores read first, before their code loads. */
export function prefetchPanelStart(): void {
  // The list head first (a few kB); the index (330 kB with 2,000 interviews) only when there is no head to draw
  // the list from: then the stores read it after the list is on screen (lib/storage/list-head.ts).
  const later = PANEL_START_KEYS.filter((k) => k !== KEYS.index);
  startPrefetch(localArea(), watchLocal, later, {
    first: PANEL_FIRST_KEYS,
    unless: { keys: [KEYS.index], enough: (first) => hasListHead(first[KEYS.listHead]) },
  });
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
