import { type CallLinks, linkInterview } from '../call/link';
import type { StoredItem } from './item';
import { QuarantinedError } from './quarantine';
import type { CallLinksItem } from './registry';

export type CallLinksRead = { kind: 'ok'; links: CallLinks } | { kind: 'invalid'; reasons: string[] };

/**
 * The stored links between meetings and interviews (one small item, the
 * repository's `calls`). When they cannot be read they are left exactly as
 * they were and linking is refused rather than starting a fresh map over them.
 */
export function callLinks(item: StoredItem<CallLinksItem>) {
  const view = (read: Awaited<ReturnType<typeof item.read>>): CallLinksRead =>
    read.kind === 'ok' ? { kind: 'ok', links: read.value.links } : { kind: 'invalid', reasons: read.problem.reasons };

  return {
    read: async () => view(await item.read()),

    /** Links the interview to the meeting; resolves to the links as written. */
    async link(meeting: string, id: string, at: number): Promise<CallLinks> {
      try {
        const next = await item.update((current) => ({ ...current, links: linkInterview(current.links, meeting, id, at) }));
        return next.links;
      } catch (error) {
        if (!(error instanceof QuarantinedError)) throw error;
        const read = await item.read();
        throw new CallLinksUnreadableError(read.kind === 'invalid' ? read.problem.reasons : []);
      }
    },

    /** Links written by other panels (or erased from the options page). */
    watch: (listener: (read: CallLinksRead) => void) => item.watch(({ read }) => listener(view(read))),
  };
}

export type CallLinksStore = ReturnType<typeof callLinks>;

export class CallLinksUnreadableError extends Error {
  constructor(readonly reasons: string[]) {
    super('The saved links between calls and interviews could not be read; they are kept as they were.');
    this.name = 'CallLinksUnreadableError';
  }
}
