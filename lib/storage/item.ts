import { type ItemRead, type ItemSpec, parseItem } from './parse';
import type { Storage } from './port';
import { type Quarantine, QuarantinedError } from './quarantine';

/** A change to a stored item: validated, and whether it is this page's own write coming back. */
export interface ItemEvent<T> {
  read: ItemRead<T>;
  own: boolean;
}

/**
 * One stored item under one key (settings, the personal catalogue, the call
 * links): every read validated and noted in the page's quarantine, writes
 * refused while the stored value cannot be read, read-modify-writes
 * serialised, and the page's own writes recognised when their change comes
 * back, so a page never takes its own echo for another page's edit.
 */
export function createItem<T>(storage: Storage, quarantine: Quarantine, spec: ItemSpec<T>) {
  const { key } = spec;
  /** JSON of this page's writes whose change has not come back yet. */
  const echoes = new Map<string, number>();
  /** Serialises this page's read-modify-writes. */
  let queue: Promise<unknown> = Promise.resolve();

  const parse = (raw: unknown) => quarantine.note(key, parseItem(spec, raw));

  async function read(): Promise<ItemRead<T>> {
    return parse((await storage.area.get(key))[key]);
  }

  async function write(value: T): Promise<void> {
    if (quarantine.has(key)) throw new QuarantinedError(key);
    const json = JSON.stringify(value);
    echoes.set(json, (echoes.get(json) ?? 0) + 1);
    try {
      await storage.area.set({ [key]: value });
    } catch (error) {
      forget(json);
      throw error;
    }
  }

  function forget(json: string): boolean {
    const count = echoes.get(json);
    if (count === undefined) return false;
    if (count > 1) echoes.set(json, count - 1);
    else echoes.delete(json);
    return true;
  }

  /** The event for a raw change of this key. */
  function event(newValue: unknown): ItemEvent<T> {
    const own = newValue !== undefined && newValue !== null && forget(JSON.stringify(newValue));
    return { read: parse(newValue), own };
  }

  return {
    key,
    read,
    write,

    /** Reads, changes and writes, one at a time per page; refused (QuarantinedError) while the stored value cannot be read. */
    update(change: (current: T) => T): Promise<T> {
      const run = queue.then(async () => {
        const current = await read();
        if (current.kind === 'invalid') throw new QuarantinedError(key);
        const next = change(current.value);
        await write(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },

    /** The event for a raw change of this key (the repository's watch hands changes over). */
    event,

    /** Changes from any page, validated. */
    watch(listener: (event: ItemEvent<T>) => void): () => void {
      return storage.watch((changes) => {
        const change = changes[key];
        if (change) listener(event(change.newValue));
      });
    },
  };
}

export type StoredItem<T> = ReturnType<typeof createItem<T>>;
