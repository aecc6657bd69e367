import type { Interview } from '../../interview/schema';
import type { HandoffMessage } from '../../storage/handoff';

/** One connection to the background (lib/platform/handoff.ts in the panel; any fake in tests). */
export interface HandoffPort {
  post(message: HandoffMessage): void;
  /** Called once, when the background end goes away (it was stopped, or the extension reloaded). */
  onDisconnect(listener: () => void): void;
}

/** Opens a port to the background; throws when the background cannot be reached. */
export type ConnectHandoff = () => HandoffPort;

/**
 * The copies of interviews that storage does not have yet, by id, each told
 * to the background as it changes (issue 22): the background saves them if
 * the panel closes before its own write lands. A Map for saving.ts; the
 * hand-off adds one port message per change and no storage write.
 *
 * A port the background dropped (an idle service worker or event page is
 * stopped; the messages of a change keep it awake, so that is after its
 * writes landed) is opened again at the next change, and every held copy is
 * sent again.
 */
export function createHeld(connect?: ConnectHandoff) {
  const copies = new Map<string, Interview>();
  let port: HandoffPort | undefined;
  let warned = false;

  /** Opens a port and sends it every held copy. */
  function open(): void {
    if (!connect) return;
    try {
      const opened = connect();
      port = opened;
      opened.onDisconnect(() => {
        if (port === opened) port = undefined;
      });
      for (const interview of copies.values()) opened.post({ kind: 'hold', interview });
    } catch (error) {
      // No background to hand over to: the panel's own writes still save everything while it is open.
      port = undefined;
      if (!warned) console.error('Reverse Interview: could not hand unsaved text over to the background', error);
      warned = true;
    }
  }

  function send(message: HandoffMessage): void {
    if (port) {
      try {
        port.post(message);
        return;
      } catch {
        // Disconnected, and not told yet: a new port, as below.
      }
    }
    // A new port is sent every held copy, so it needs no other message.
    if (copies.size > 0) open();
  }

  return {
    get: (id: string) => copies.get(id),
    has: (id: string) => copies.has(id),
    values: () => copies.values(),
    get size() {
      return copies.size;
    },
    set(id: string, interview: Interview) {
      copies.set(id, interview);
      send({ kind: 'hold', interview });
    },
    delete(id: string): boolean {
      if (!copies.delete(id)) return false;
      send({ kind: 'release', id });
      return true;
    },
    clear() {
      copies.clear();
      send({ kind: 'release-all' });
    },
  };
}

export type Held = ReturnType<typeof createHeld>;
