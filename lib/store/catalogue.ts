import { createStore } from 'zustand/vanilla';
import {
  addOffering,
  mergeOfferings,
  moveOffering,
  type OfferingDraft,
  type Removed,
  removeOffering,
  restoreOffering,
  updateOffering,
} from '../catalogue/edits';
import { exampleCatalogue } from '../catalogue/example';
import { mergeCatalogues, parseManaged } from '../catalogue/merge';
import { type Catalogue, type CatalogueEntry, EMPTY_CATALOGUE, type Offering, OfferingSchema } from '../catalogue/schema';
import { catalogueFile, catalogueFileName, readCatalogueFile } from '../catalogue/transfer';
import type { Download } from '../download';
import type { ManagedSource } from '../platform/managed';
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
  now?: () => number;
}

export type DraftResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

/** Shared by the options page (edits) and the panel (reads, follows changes). */
export function createCatalogueStore(deps: CatalogueDeps) {
  const now = deps.now ?? Date.now;
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
        isQuotaError(error)
          ? 'Not saved: browser storage is full. Nothing was changed.'
          : `Not saved: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }

  function validate(draft: OfferingDraft, id: string): DraftResult {
    const parsed = OfferingSchema.safeParse({ ...draft, id });
    if (parsed.success) return { ok: true, id };
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
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

    async add(draft: OfferingDraft): Promise<DraftResult> {
      const { catalogue, id } = addOffering(getState().personal, draft);
      const checked = validate(draft, id);
      if (!checked.ok) return checked;
      return (await commit(catalogue, `Added "${draft.name.trim()}".`)) ? checked : { ok: false, errors: {} };
    },

    async update(id: string, draft: OfferingDraft): Promise<DraftResult> {
      const checked = validate(draft, id);
      if (!checked.ok) return checked;
      return (await commit(updateOffering(getState().personal, id, draft), `Saved "${draft.name.trim()}".`))
        ? checked
        : { ok: false, errors: {} };
    },

    async move(id: string, by: -1 | 1): Promise<void> {
      const name = getState().personal.offerings.find((o) => o.id === id)?.name ?? '';
      await commit(moveOffering(getState().personal, id, by), `Moved "${name}" ${by < 0 ? 'up' : 'down'}.`);
    },

    async remove(id: string): Promise<void> {
      const { catalogue, removed } = removeOffering(getState().personal, id);
      if (!removed) return;
      // The undo bar says what was deleted; the status line would say it twice.
      if (await commit(catalogue, '')) setState({ removed, message: null });
    },

    async undoRemove(): Promise<void> {
      const { removed } = getState();
      if (!removed) return;
      if (await commit(restoreOffering(getState().personal, removed), `Restored "${removed.offering.name}".`)) {
        setState({ removed: null });
      }
    },

    async loadExample(): Promise<void> {
      await commit(
        mergeOfferings(getState().personal, exampleCatalogue.offerings),
        'Example catalogue loaded. Replace it with what your company really offers.',
      );
    },

    exportCatalogue(): Download {
      return { filename: catalogueFileName(now()), json: catalogueFile(getState().personal.offerings, now()) };
    },

    chooseImport(fileName: string, text: string) {
      const read = readCatalogueFile(text);
      if (!read.ok) {
        setState({ pendingImport: null });
        say('error', `Nothing was imported from ${fileName}: ${read.errors.join('; ')}`);
        return;
      }
      const known = new Set(getState().personal.offerings.map((o) => o.id));
      const replaced = read.offerings.filter((o) => known.has(o.id)).length;
      setState({
        pendingImport: { fileName, offerings: read.offerings, added: read.offerings.length - replaced, replaced },
        message: null,
      });
    },

    cancelImport() {
      setState({ pendingImport: null });
    },

    async confirmImport(): Promise<void> {
      const pending = getState().pendingImport;
      if (!pending) return;
      const ok = await commit(
        mergeOfferings(getState().personal, pending.offerings),
        `Imported: ${pending.added} added, ${pending.replaced} replaced.`,
      );
      if (ok) setState({ pendingImport: null });
    },
  };

  return { store, actions };
}

export type CatalogueStore = ReturnType<typeof createCatalogueStore>;
