import { browser } from 'wxt/browser';
import { PANEL_START_KEYS } from '../storage/keys';
import type { ChangeListener, Storage, StorageArea, StorageChange } from '../storage/port';
import { startPrefetch, withPrefetch } from '../storage/prefetch';

/** `storage.local` as the repository's port (lib/storage/port.ts). */
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
