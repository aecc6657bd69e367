import { createStore } from 'zustand/vanilla';
import type { Removed } from '../catalogue/edits';
import { mergeCatalogues, parseManaged } from '../catalogue/merge';
import { type Catalogue, type CatalogueEntry, EMPTY_CATALOGUE, type Offering } from '../catalogue/schema';
import type { ManagedSource } from '../platform/managed';
import { reasonOf } from '../reason';
import { isQuotaError } from '../storage/area';
import type { CatalogueRead, CatalogueRepository } from '../storage/catalogue';
import type { Problem } from '../storage/repository';

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
  message: { tone: 'info' | 'error'; text: string } | null;
  /** The offering just deleted, until undone or replaced by another delete. */
  removed: Removed | null;
  /** An import waiting for confirmation. */
  pendingImport: { fileName: string; offerings: Offering[]; added: number; replaced: number } | null;
}

export interface CatalogueDeps {
  repository: CatalogueRepository;
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
  /** JSON of our own writes whose storage echo has not come back yet. */
  const echoes = new Set<string>();

  const say = (tone: 'info' | 'error', text: string) => setState({ message: { tone, text } });

  function setPersonal(personal: Catalogue) {
    setState({ personal, entries: mergeCatalogues(getState().managed, personal.offerings) });
  }

  function applyPersonal(read: CatalogueRead) {
    if (read.kind === 'invalid') {
      setState({ problem: read.problem });
      setPersonal(EMPTY_CATALOGUE);
    } else {
      setState({ problem: null });
      setPersonal(read.catalogue);
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
    const json = JSON.stringify(next);
    echoes.add(json);
    try {
      await deps.repository.write(next);
      say('info', done);
      return true;
    } catch (error) {
      echoes.delete(json);
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
      const unwatch = deps.repository.watch((read, raw) => {
        const json = JSON.stringify(raw);
        if (echoes.delete(json)) return; // our own write coming back
        applyPersonal(read);
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
