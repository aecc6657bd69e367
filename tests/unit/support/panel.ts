import { vi } from 'vitest';
import { defaultScript, findScript } from '../../../lib/script';
import { browserStorage } from '../../../lib/storage/area';
import { createRepository } from '../../../lib/storage/repository';
import { createInterviewsStore, type StoreDeps } from '../../../lib/store/interviews';
import { CREATED_AT, ID } from './index';

/** Any store dependency, plus where the default clock starts (`CREATED_AT`) and how far it moves per reading (1 ms). */
export type PanelOptions = Partial<StoreDeps> & { start?: number; tick?: number };

/**
 * An interviews store as a side panel builds it, on the fake `storage.local`:
 * writer 'panel-a', new interviews get `ID`, a clock whose stamps are
 * predictable, and `undoMs`/`retryMs` left at the store's own defaults.
 * `copy` is a spy that succeeds; it is the one the store calls unless
 * `options.copy` replaces it.
 */
export function makePanel({ start = CREATED_AT, tick = 1, ...deps }: PanelOptions = {}) {
  let now = start;
  const copy = vi.fn<StoreDeps['copy']>(async () => 'clipboard-api');
  const panel = createInterviewsStore({
    repository: createRepository(browserStorage()),
    script: findScript,
    defaultScript,
    clock: () => (now += tick),
    newId: () => ID,
    writerId: 'panel-a',
    copy,
    ...deps,
  });
  return { ...panel, copy, state: () => panel.store.getState() };
}
