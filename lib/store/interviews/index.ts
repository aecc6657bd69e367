import { createStore } from 'zustand/vanilla';
import { reasonOf } from '../../reason';
import { builtInScripts } from '../../script';
import { scriptChoices } from '../../script/library';
import type { IndexResult } from '../../storage/parse';
import { interviewIdOf, interviewKey, registry } from '../../storage/registry';
import type { RepositoryEvent } from '../../storage/repository';
import { createStatusLine } from '../status-line';
import { createSummaryCopy } from '../summary-copy';
import { listInitial, nothingOpen } from './initial';
import { createList, createRecordCache } from './list';
import { createSaving } from './saving';
import { createSession } from './session';
import type { Context, InterviewsState, StoreDeps } from './state';
import { createTrash } from './trash';

export type { Problem } from '../../storage/parse';
export type { InterviewsState, NewInterviewForm, SaveState, Screen, Status, StoreDeps } from './state';

/**
 * The side panel's interviews: one state, in four parts with one reason to
 * change each — the open interview (session.ts; starting one, starting.ts),
 * saving (saving.ts), the list (list.ts) and delete with Undo (trash.ts) —
 * and the storage events that keep them in step with other windows (here).
 */
/** A new store's state: the list's (initial.ts) with the built-in scripts offered in "Script". */
const initial: InterviewsState = { ...listInitial, scriptChoices: scriptChoices({}, builtInScripts) };

export function createInterviewsStore(deps: StoreDeps) {
  const { repository, clock } = deps;
  // The side panel's list shell (shell.ts) hands over its state: the list, search and filter as they are.
  const store = deps.store ?? createStore<InterviewsState>()(() => initial);
  if (deps.store) store.setState({ scriptChoices: initial.scriptChoices });
  const { getState, setState } = store;
  const line = createStatusLine(
    () => getState().status,
    (status) => setState({ status }),
    deps.infoMs ?? 10_000,
  );
  const ctx: Context = {
    deps,
    getState,
    setState,
    say: line.say,
    staleInfo: () => (line.showsInfo() ? { status: null } : {}),
  };
  const cache = createRecordCache();
  const saving = createSaving(ctx, cache);
  const session = createSession(ctx, saving);
  const list = createList(ctx, saving, session, cache);
  const trash = createTrash(ctx, saving, cache, list.refused);

  const summaryCopy = createSummaryCopy({
    current: () => {
      const { interview, script, openProblem, settings } = getState();
      return { interview: openProblem ? null : interview, script, settings, now: clock() };
    },
    copy: deps.copy,
    say: line.say,
  });

  function applyIndex(index: IndexResult) {
    // Records found unreadable (by the start-up repair, or while the index could not be read) stay reported:
    // a new index says nothing of them. Each goes once it reads again (below).
    const keys = new Set(index.problems.map((p) => p.key));
    const records = getState().problems.filter((p) => interviewIdOf(p.key) !== undefined && !keys.has(p.key));
    setState({ entries: index.entries, problems: [...index.problems, ...records], head: null });
  }

  function onEvent(event: RepositoryEvent) {
    switch (event.kind) {
      case 'index':
        // Written unreadable by another window: not an empty list. Read as at start-up: kept as it is, reported,
        // and the list rebuilt from the records.
        if (event.index.problems.some((p) => p.key === registry.index.key))
          void repository.readIndex().then(applyIndex, (error: unknown) => line.say('error', reasonOf(error)));
        else applyIndex(event.index);
        return;
      case 'settings':
        setState({ settings: event.settings });
        return;
      case 'erased':
        saving.erased();
        cache.reset();
        trash.clear();
        setState({ entries: [], problems: [], ...nothingOpen, undo: null });
        line.say('info', 'All data was erased from the options page.');
        return;
      case 'interview': {
        const { id, result, own } = event;
        // Another page's save: text this panel still holds for it must not undo it when retried.
        if (result.kind === 'ok' && !own) saving.hold(result.interview);
        if (result.kind === 'ok') {
          cache.set(result.interview);
          // Readable again (repaired, imported): no longer reported.
          const problems = getState().problems.filter((p) => p.key !== interviewKey(id));
          if (problems.length !== getState().problems.length) setState({ problems });
        } else cache.delete(id);
        session.applyRead(id, result, own);
        return;
      }
      case 'quarantine':
        // The panel reports what it reads itself; the options page lists the log.
        return;
    }
  }

  const actions = {
    /** Hydrates from storage and follows changes made elsewhere. Returns the unsubscribe. */
    async init(): Promise<() => void> {
      const unwatch = repository.watch(onEvent);
      const [index, settings] = await Promise.all([repository.readIndex(), repository.readSettings()]);
      applyIndex(index);
      setState({ phase: 'ready', settings });
      // After the list is on screen: index interviews a closed panel wrote but never listed.
      // Listing every key reads the whole store in Chrome: it waits until the first screen and first click are done (issue 7).
      void (deps.afterFirstScreen?.() ?? Promise.resolve())
        .then(() => repository.repairIndex(getState().entries))
        .then(
          (repaired) => {
            if (repaired.problems.length > 0) setState({ problems: [...getState().problems, ...repaired.problems] });
          },
          (error: unknown) => console.error('Reverse Interview: index repair failed', error),
        );
      return unwatch;
    },

    ...session.actions,

    /** A short word in the status region, e.g. why a shortcut did nothing. */
    hint(message: string) {
      line.say('info', message);
    },

    copySummary: () => summaryCopy.actions.copy(),
    /** "Copy this step": the header and one step's section. */
    copyStep: (stepId: string) => summaryCopy.actions.copy(stepId),

    /** Tries the last refused write again (after the user made room). */
    retrySave: () => saving.retry(),

    setQuery: list.setQuery,
    setFilter: list.setFilter,
    rename: list.rename,
    setStatus: list.setStatus,
    exportInterviews: list.exportInterviews,

    remove: trash.remove,
    dismissUndo: trash.dismissUndo,
    undoRemove: trash.undoRemove,

    /** Null where the options page cannot be opened (tests, or a browser without it). */
    openOptions: deps.openOptions
      ? () => {
          deps.openOptions?.().catch((error: unknown) => line.say('error', `Could not open the options page: ${String(error)}`));
        }
      : null,

    /** Called when the page is hidden or unloads: nothing typed may be lost. */
    flush: () => saving.flush(),
  };

  return { store, actions, summary: summaryCopy };
}

export type InterviewsStore = ReturnType<typeof createInterviewsStore>;
