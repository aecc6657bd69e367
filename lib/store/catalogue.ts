import { createStore } from 'zustand/vanilla';
import type { Removed } from '../catalogue/edits';
import { mergeCatalogues, parseManaged } from '../catalogue/merge';
import { type Catalogue, type CatalogueEntry, EMPTY_CATALOGUE, type Offering } from '../catalogue/schema';
import { reasonOf } from '../reason';
import type { StoredItem } from '../storage/item';
import type { ItemRead, Problem } from '../storage/parse';
import { isQuotaError, type ManagedSource } from '../storage/port';
import { createStatusLine, type Status } from './status-line';

export interface CatalogueState {
  phase: 'loading' | 'ready';
  personal: Catalogue;
  managed: Offering[];
  /** Organisation first, then personal: what the panel matches against. */
  entries: CatalogueEntry[];
  /** Set while the stored personal catalogue cannot be read: it is kept as it is and not written over. */
  problem: Problem | null;
  /** Why the organisation's catalogue is missing or incomplete, if it is. */
  managedNote: string | null;
  message: Status | null;
  /** The offering just deleted, until undone or replaced by another delete. */
  removed: Removed | null;
  /** An import waiting for confirmation. */
  pendingImport: { fileName: string; offerings: Offering[]; added: number; replaced: number } | null;
}

export interface CatalogueDeps {
  /** How long news stays in the status line (the options page's: 8 s); errors stay until replaced. */
  infoMs?: number;
  /** The stored personal catalogue (the page's repository's `catalogue`). */
  repository: StoredItem<Catalogue>;
  managed: ManagedSource;
}

/**
 * The catalogue as both pages read it: personal + organisation, validated,
 * following changes. The options page adds the editing actions
 * (catalogue-editor.ts), which the panel never loads.
 */
export function createCatalogueStore(deps: CatalogueDeps) {
  const store = createStore<CatalogueState>()(() => ({
    phase: 'loading',
    personal: EMPTY_CATALOGUE,
    managed: [],
    entries: [],
    problem: null,
    managedNote: null,
    message: null,
    removed: null,
    pendingImport: null,
  }));
  const { getState, setState } = store;

  const { say } = createStatusLine(
    () => getState().message,
    (message) => setState({ message }),
    deps.infoMs ?? 8000,
  );

  function setPersonal(personal: Catalogue) {
    setState({ personal, entries: mergeCatalogues(getState().managed, personal.offerings) });
  }

  function applyPersonal(read: ItemRead<Catalogue>) {
    if (read.kind === 'invalid') {
      setState({ problem: read.problem });
      setPersonal(EMPTY_CATALOGUE);
    } else {
      setState({ problem: null });
      setPersonal(read.value);
    }
  }

  async function loadManaged() {
    const value = await deps.managed.read();
    if (value.kind === 'unavailable') {
      setState({ managed: [], managedNote: `No organisation catalogue (${value.reason}).` });
    } else {
      const { offerings, problems } = parseManaged(value.raw);
      setState({
        managed: offerings,
        managedNote:
          problems.length > 0
            ? `Some entries from your organisation could not be used and are left out: ${problems.join('; ')}`
            : null,
      });
    }
    setPersonal(getState().personal);
  }

  /** Writes a new personal catalogue; on failure the previous one is shown again and the user is told. */
  async function commit(next: Catalogue, done: string): Promise<boolean> {
    const { personal, problem } = getState();
    if (problem) {
      say(
        'error',
        'Your stored catalogue could not be read; it is kept as it is, so changes are not saved. See "Unreadable data" below.',
      );
      return false;
    }
    if (next === personal) return true;
    setState({ removed: null });
    setPersonal(next);
    try {
      await deps.repository.write(next);
      say('info', done);
      return true;
    } catch (error) {
      setPersonal(personal);
      say(
        'error',
        isQuotaError(error) ? 'Not saved: browser storage is full. Nothing was changed.' : `Not saved: ${reasonOf(error)}`,
      );
      return false;
    }
  }

  const actions = {
    async init(): Promise<() => void> {
      const unwatch = deps.repository.watch(({ read, own }) => {
        if (!own) applyPersonal(read); // our own write coming back is already shown
      });
      const unwatchManaged = deps.managed.watch(() => void loadManaged());
      applyPersonal(await deps.repository.read());
      await loadManaged();
      setState({ phase: 'ready' });
      return () => {
        unwatch();
        unwatchManaged();
      };
    },
  };

  return { store, actions, commit, say };
}

export type CatalogueStore = ReturnType<typeof createCatalogueStore>;
