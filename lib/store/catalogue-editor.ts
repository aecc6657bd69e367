import {
  addOffering,
  mergeOfferings,
  moveOffering,
  type OfferingDraft,
  removeOffering,
  restoreOffering,
  updateOffering,
} from '../catalogue/edits';
import { exampleCatalogue } from '../catalogue/example';
import { OfferingSchema } from '../catalogue/schema';
import { catalogueFile, catalogueFileName, readCatalogueFile } from '../catalogue/transfer';
import type { Download } from '../download';
import type { CatalogueStore } from './catalogue';

export type DraftResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

/**
 * The options page's edits of the personal catalogue: each is a pure edit
 * (lib/catalogue/edits) written through the store's `commit`. Kept apart so
 * the side panel, which only reads, does not carry it.
 */
export function createCatalogueEditor(core: CatalogueStore, now: () => number = Date.now) {
  const { store, commit, say } = core;
  const { getState, setState } = store;

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

  return actions;
}

export type CatalogueEditor = ReturnType<typeof createCatalogueEditor>;
