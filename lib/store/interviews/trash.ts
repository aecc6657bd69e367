import { labelOf } from '../../interview/entry';
import { QuarantinedError } from '../../storage/quarantine';
import type { RecordCache } from './list';
import { type Saving, why } from './saving';
import type { Context } from './state';

/** Delete with Undo: the last copy (held text included) is offered back for a few seconds. */
export function createTrash(ctx: Context, saving: Saving, cache: RecordCache, refused: (what: string, error: unknown) => void) {
  const { deps, getState, setState, say } = ctx;
  const { repository } = deps;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  /** Deletes one interview and offers its last copy (held text included) for Undo. */
  async function removeRecord(id: string) {
    saving.flush();
    const read = await repository.readInterview(id);
    if (read.kind === 'invalid') {
      say('error', 'This interview could not be read, so it was not deleted; it is kept as it was.');
      return;
    }
    // Text storage refused for it goes with it, into the Undo offer: a later retry must not write it back.
    const snapshot = read.kind === 'ok' ? saving.withHeld(read.interview) : saving.held(id);
    // Leave it first, so its removal is not taken for another window's.
    if (getState().openId === id) setState({ screen: 'list', openId: null, interview: null, script: null });
    await repository.removeInterview(id);
    cache.delete(id);
    saving.drop(id);
    if (!snapshot) {
      // Deleted elsewhere while its list entry was being rewritten: only the entry was left.
      say('info', 'This interview was already deleted; it is removed from the list.');
      return;
    }
    const label = labelOf(snapshot);
    clearTimeout(undoTimer);
    setState({ undo: { interview: snapshot, label } });
    say('info', `Deleted the interview with ${label}.`);
    undoTimer = setTimeout(() => setState({ undo: null }), deps.undoMs ?? 8000);
  }

  return {
    /** Deletes at once and offers Undo for a few seconds; Undo writes the same record back. */
    async remove(id: string) {
      // Only one deleted copy is kept: one that could not be restored must be exported or dismissed first.
      if (getState().undo?.failed) {
        say('error', 'First export or dismiss the interview that could not be restored.');
        return;
      }
      try {
        await removeRecord(id);
      } catch (error) {
        refused('delete', error);
      }
    },

    dismissUndo() {
      clearTimeout(undoTimer);
      setState({ undo: null });
    },

    async undoRemove() {
      const { undo } = getState();
      if (!undo) return;
      clearTimeout(undoTimer);
      try {
        // Merged with whatever another window saved into it since (typing into it after the delete).
        cache.set(await repository.restore(saving.withHeld(undo.interview)));
        say('info', `Restored the interview with ${undo.label}.`);
      } catch (error) {
        if (error instanceof QuarantinedError) {
          // Something unreadable was written under its key since: never written over, so it cannot come back.
          // It stays offered, for export, until dismissed.
          setState({ undo: { ...undo, failed: true } });
          say(
            'error',
            `Could not restore the interview with ${undo.label}: its place in storage holds data that cannot be read. Export it to keep it.`,
          );
          return;
        }
        // Storage refused the write (full): held like text it refused, offered to storage again (merged with
        // whatever another window saved meanwhile, and listed again once written), and in every export.
        saving.unlist(undo.interview.id);
        saving.save(undo.interview);
        say(
          'error',
          `Could not restore the interview with ${undo.label} yet: ${why(error)} It is kept in this panel and saved as soon as storage takes it.`,
        );
      }
      setState({ undo: null });
    },

    clear() {
      clearTimeout(undoTimer);
    },
  };
}
