import { vi } from 'vitest';
import { browserStorage } from '../../../lib/platform/storage';
import { createRepository } from '../../../lib/storage/repository';
import { createInterviewsStore, type StoreDeps } from '../../../lib/store/interviews';
import { CREATED_AT, ID, settle } from './index';
import { keys } from './ri';

/** Any store dependency, plus where the default clock starts (`CREATED_AT`) and how far it moves per reading (1 ms). */
export type PanelOptions = Partial<StoreDeps> & { start?: number; tick?: number; writerId?: string };

/**
 * An interviews store as a side panel builds it, on the fake `storage.local`:
 * writer 'panel-a', new interviews get `ID`, a clock whose stamps are
 * predictable, and `undoMs`/`retryMs` left at the store's own defaults.
 * `copy` is a spy that succeeds; it is the one the store calls unless
 * `options.copy` replaces it.
 */
export function makePanel({ start = CREATED_AT, tick = 1, writerId = 'panel-a', ...deps }: PanelOptions = {}) {
  let now = start;
  const copy = vi.fn<StoreDeps['copy']>(async () => 'clipboard-api');
  const panel = createInterviewsStore({
    repository: createRepository(browserStorage(), { writerId }),
    clock: () => (now += tick),
    newId: () => ID,
    copy,
    ...deps,
  });
  return { ...panel, copy, state: () => panel.store.getState() };
}

/**
 * Two panels on one interview: A (writer 'panel-a') starts `ID` for `candidate`, then B ('panel-b',
 * its clock a second later) opens it; both follow storage until `unwatch()`.
 */
export async function twoPanels({ candidate = 'Ada', ...options }: PanelOptions & { candidate?: string } = {}) {
  const a = makePanel({ ...options, writerId: 'panel-a', start: CREATED_AT });
  const b = makePanel({ ...options, writerId: 'panel-b', start: CREATED_AT + 1000 });
  const stops = [await a.actions.init(), await b.actions.init()];
  await a.actions.start({ candidate, role: 'Eng', atsLink: '' });
  await settle();
  await b.actions.open(ID);
  return {
    a,
    b,
    unwatch: () => {
      for (const stop of stops) stop();
    },
  };
}

/** One interview started for Ada Lovelace with an answer ('what she said') saved, back on the list; writes retried after 50 ms. */
export async function savedOnList() {
  const panel = makePanel({ retryMs: 50 });
  const unwatch = await panel.actions.init();
  await panel.actions.start({ candidate: 'Ada Lovelace', role: 'Engineer', atsLink: '' });
  panel.actions.setAnswer(keys.answer('difference', 'note'), 'what she said');
  await settle();
  panel.actions.showList();
  await settle();
  return { panel, unwatch, state: panel.state };
}
