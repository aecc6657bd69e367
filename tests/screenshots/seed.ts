/**
 * Stored interviews for the screenshots, written as the panel writes them:
 * a record per interview (name and role only) and its index entry.
 */
import type { Worker } from 'playwright-core';

export interface SeedEntry {
  id: string;
  candidate: string;
  role: string;
  createdAt: number;
  status: 'active' | 'done' | 'archived';
}

/** Adds the entries' records and merges them into the stored index, through the service worker. */
export async function seedInterviews(worker: Worker, list: SeedEntry[]): Promise<void> {
  await worker.evaluate(async (seed) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageLike } } }).chrome.storage.local;
    const { index } = (await local.get('index')) as { index?: { schema: 3; entriesJson: string } };
    const entries = JSON.parse(index?.entriesJson ?? '{}') as Record<string, unknown>;
    const items: Record<string, unknown> = {};
    for (const { id, candidate, role, createdAt: t, status } of seed) {
      const fields = {
        candidate: { v: candidate, t },
        role: { v: role, t },
        atsLink: { v: '', t },
        step: { v: 'difference', t },
      };
      items[`interview:${id}`] = { schema: 2, id, scriptId: 'reverse-interview', createdAt: t, fields };
      entries[id] = { id, candidate, role, createdAt: t, status };
    }
    await local.set({ ...items, index: { schema: 3, entriesJson: JSON.stringify(entries) } });
  }, list);
}

export interface StorageLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
