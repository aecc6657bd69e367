/**
 * The extension's `storage.local` as the repository's port, driven from the
 * test: each call runs in the service worker. Tests seed through the
 * extension's own repository (lib/storage/repository.ts), so records and
 * index are exactly what the panel writes.
 */
import type { Storage, StorageArea } from '../../lib/storage/port';
import { createRepository, type Repository } from '../../lib/storage/repository';
import type { Harness } from './harness';

declare const chrome: {
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
      getKeys(): Promise<string[]>;
    };
  };
};

export function workerStorage(h: Harness): Storage {
  const area: StorageArea = {
    get: async (keys) => (await h.worker()).evaluate((k) => chrome.storage.local.get(k), keys ?? null),
    set: async (items) => (await h.worker()).evaluate((i) => chrome.storage.local.set(i), items),
    remove: async (keys) => (await h.worker()).evaluate((k) => chrome.storage.local.remove(k), keys),
    clear: async () => (await h.worker()).evaluate(() => chrome.storage.local.clear()),
    getKeys: async () => (await h.worker()).evaluate(() => chrome.storage.local.getKeys()),
  };
  // Seeding only writes: nothing here follows changes.
  return { area, watch: () => () => undefined };
}

/** The extension's repository, in the test, over the browser's storage. */
export function seedingRepository(h: Harness): Repository {
  return createRepository(workerStorage(h), { writerId: 'e2e-seed' });
}
