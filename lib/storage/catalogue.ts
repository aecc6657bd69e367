import type { Catalogue } from '../catalogue/schema';
import type { Storage } from './area';
import { registry } from './registry';
import { type Problem, QuarantinedError } from './repository';
import { readVersioned } from './versioned';

export type CatalogueRead = { kind: 'ok'; catalogue: Catalogue } | { kind: 'invalid'; problem: Problem };

export function parseCatalogue(raw: unknown): CatalogueRead {
  if (raw === undefined || raw === null) return { kind: 'ok', catalogue: registry.catalogue.fallback };
  const read = readVersioned(registry.catalogue, raw);
  if (read.kind === 'ok') return { kind: 'ok', catalogue: read.value };
  return { kind: 'invalid', problem: { key: registry.catalogue.key, reasons: read.reasons } };
}

/**
 * Reads and writes the personal catalogue (one key). Like interview records:
 * every read is validated, and a catalogue that fails is logged in the
 * quarantine, reported, and never written over until it reads again.
 */
export function createCatalogueRepository(storage: Storage, report: (problems: Problem[]) => void) {
  const key = registry.catalogue.key;
  let unreadable = false;

  function note(read: CatalogueRead): CatalogueRead {
    if (read.kind === 'invalid' && !unreadable) report([read.problem]);
    unreadable = read.kind === 'invalid';
    return read;
  }

  return {
    async read(): Promise<CatalogueRead> {
      return note(parseCatalogue((await storage.area.get(key))[key]));
    },

    async write(catalogue: Catalogue): Promise<void> {
      if (unreadable) throw new QuarantinedError(key);
      await storage.area.set({ [key]: catalogue });
    },

    /** Changes from any page, validated; the raw value comes along so a page can recognise its own echo. */
    watch(listener: (read: CatalogueRead, raw: unknown) => void): () => void {
      return storage.watch((changes) => {
        const change = changes[key];
        if (change) listener(note(parseCatalogue(change.newValue)), change.newValue);
      });
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
