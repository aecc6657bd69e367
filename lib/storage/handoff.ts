import { type Interview, InterviewSchema } from '../interview/schema';
import { reasonOf } from '../reason';
import type { Records } from './records';

/**
 * The hand-off (issue 22): a panel tells the background, over a port, every
 * copy of an interview that storage does not have yet, and when storage has
 * it. When the panel goes away (the port disconnects), the background saves
 * what it was still told about. Firefox drops a `storage.local.set` that a
 * closing extension page started (seen in 21 of 30 closes when only the save
 * on close could store the last keystroke); a port message already sent
 * reaches the background, which outlives the sidebar.
 *
 * The messages are declared here, once, for both ends.
 */
export const HANDOFF_PORT = 'reverse-interview.held';

export type HandoffMessage =
  /** The newest copy of this interview that storage does not have yet (it replaces the one before). */
  | { kind: 'hold'; interview: Interview }
  /** Storage has everything for this interview, or it must not be written (deleted on purpose). */
  | { kind: 'release'; id: string }
  /** "Erase all data" ran: nothing held may be written back. */
  | { kind: 'release-all' };

/**
 * The background's side of one panel's port: what that panel still holds,
 * saved when it disconnects. Each copy is merged per field with what storage
 * has then (`records.keepHeld`), so newer fields another panel wrote
 * meanwhile stay; a copy storage already has costs one read and no write.
 */
export function keepHeld(records: Pick<Records, 'keepHeld'>) {
  const held = new Map<string, unknown>();
  return {
    receive(message: unknown) {
      const m = message as Partial<{ kind: string; id: string; interview: { id?: unknown } }> | null;
      if (m?.kind === 'hold' && typeof m.interview?.id === 'string') held.set(m.interview.id, m.interview);
      else if (m?.kind === 'release' && typeof m.id === 'string') held.delete(m.id);
      else if (m?.kind === 'release-all') held.clear();
    },

    /** The panel is gone: saves what it held. Resolves when every copy is stored, or failed and was logged. */
    async disconnected(): Promise<void> {
      const copies = [...held.values()];
      held.clear();
      await Promise.all(
        copies.map(async (copy) => {
          // Validated like any read before it goes into storage: a port carries whatever the other end sent.
          const parsed = InterviewSchema.safeParse(copy);
          if (!parsed.success) {
            console.error('Reverse Interview: a closed panel handed over an unreadable interview; nothing written');
            return;
          }
          try {
            await records.keepHeld(parsed.data);
          } catch (error) {
            console.error(`Reverse Interview: could not save what a closed panel held: ${reasonOf(error)}`);
          }
        }),
      );
    },
  };
}
