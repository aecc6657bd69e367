import { type CallLinks, linkInterview } from '../call/link';
import type { Storage } from './area';
import { registry } from './registry';
import { readVersioned } from './versioned';

export type CallLinksRead = { kind: 'ok'; links: CallLinks } | { kind: 'invalid'; reasons: string[] };

export function parseCallLinks(raw: unknown): CallLinksRead {
  if (raw === undefined || raw === null) return { kind: 'ok', links: registry.calls.fallback.links };
  const read = readVersioned(registry.calls, raw);
  return read.kind === 'ok' ? { kind: 'ok', links: read.value.links } : { kind: 'invalid', reasons: read.reasons };
}

/**
 * The stored links between meetings and interviews (one small item). Like
 * every read, it is validated; when it cannot be read it is left exactly as it
 * was and linking is refused rather than starting a fresh map over it.
 */
export function createCallLinksStore(storage: Storage) {
  const key = registry.calls.key;
  /** Serialises this page's read-modify-writes. */
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<CallLinksRead> {
    return parseCallLinks((await storage.area.get(key))[key]);
  }

  return {
    read,

    /** Links the interview to the meeting; resolves to the links as written. */
    link(meeting: string, id: string, at: number): Promise<CallLinks> {
      const run = queue.then(async () => {
        const current = await read();
        if (current.kind === 'invalid') throw new CallLinksUnreadableError(current.reasons);
        const links = linkInterview(current.links, meeting, id, at);
        await storage.area.set({ [key]: { schema: registry.calls.version, links } });
        return links;
      });
      queue = run.catch(() => undefined);
      return run;
    },

    /** Links written by other panels (or erased from the options page). */
    watch(listener: (read: CallLinksRead) => void): () => void {
      return storage.watch((changes) => {
        const change = changes[key];
        if (change) listener(parseCallLinks(change.newValue));
      });
    },
  };
}

export type CallLinksStore = ReturnType<typeof createCallLinksStore>;

export class CallLinksUnreadableError extends Error {
  constructor(readonly reasons: string[]) {
    super('The saved links between calls and interviews could not be read; they are kept as they were.');
    this.name = 'CallLinksUnreadableError';
  }
}
