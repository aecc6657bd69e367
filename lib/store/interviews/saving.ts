import { labelOf } from '../../interview/entry';
import { mergeInterviews } from '../../interview/merge';
import type { Interview } from '../../interview/schema';
import { reasonOf } from '../../reason';
import { isQuotaError } from '../../storage/port';
import { QuarantinedError } from '../../storage/quarantine';
import { registry } from '../../storage/registry';
import { createWriter } from '../writer';
import { createHeld } from './held';
import type { Context } from './state';

/** Why storage refused, in words for the status line. */
export function why(error: unknown): string {
  return isQuotaError(error) ? 'browser storage is full.' : reasonOf(error);
}

/**
 * Saving: every change goes to the writer, and the newest copy of each
 * interview is held here until storage has it. A refused write (storage
 * full, a disk error) keeps the text, says so, and is offered again — on the
 * next keystroke, on a timer while storage is full, and whenever storage
 * takes another write — even after the user leaves the interview.
 */
export function createSaving(ctx: Context, cache: { set(interview: Interview): void }) {
  const { deps, getState, setState, say } = ctx;
  const { repository } = deps;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The newest copy handed to the writer, per interview, until storage has everything; told to the background too. */
  const unsaved = createHeld(deps.handoff);
  /**
   * Interviews whose next write also lists them, merged with what storage holds then: open ones deleted outside
   * this panel (typing saves them again), and changes to their list entry (new, renamed, status changed), written
   * with the record in the writer's order. One object per mark: a mark set again while a write is on its way is
   * not cleared by that write.
   */
  const unlisted = new Map<string, { why: 'deleted' | 'listed' }>();
  /** How many times "Erase all data" has run while this panel was open. */
  let erasures = 0;
  /** The writer's last "Not saved" message, cleared from the status line once a save succeeds. */
  let writerError = '';

  /** A write that lists the interview too. While the index cannot be read the list is rebuilt from the records, so
   * the record written is all there is to do: not a refused save, retried for ever. */
  async function mergeAndList(interview: Interview): Promise<Interview> {
    try {
      return await repository.mergeAndList(interview);
    } catch (error) {
      if (error instanceof QuarantinedError && error.key === registry.index.key) return interview;
      throw error;
    }
  }

  const writer = createWriter<Interview>({
    write: async (interview) => {
      const era = erasures;
      let saved = interview;
      // Taken now: a mark set while this write is on its way is for the next one.
      const unlist = unlisted.get(interview.id);
      // Deleted here or elsewhere, then maybe saved again by another window meanwhile: keep what it wrote.
      if (unlist) saved = await mergeAndList(interview);
      else await repository.writeInterview(interview);
      // "Erase all data" ran while this write was on its way: it must not bring the interview back.
      if (era !== erasures) return repository.removeInterview(interview.id);
      if (unlist && unlisted.get(interview.id) === unlist) unlisted.delete(interview.id);
      if (unlist?.why === 'deleted') say('info', `Saved again: the interview with ${labelOf(saved)} is back in the list.`);
      // Only this copy is known to be stored; a newer one (or another interview's refused text) stays held.
      if (unsaved.get(interview.id) === interview) unsaved.delete(interview.id);
    },
    ...(deps.pace ? { pace: deps.pace } : {}),
    onIdle: () => {
      // Storage took a write, so there is room again: offer what it refused earlier before saying "Saved".
      if (unsaved.size > 0) {
        for (const value of unsaved.values()) writer.schedule(value.id, value);
        return;
      }
      clearTimeout(retryTimer);
      if (getState().save !== 'saving') return;
      setState({ save: 'saved', saveError: null, storageFull: false });
      // Its "Not saved" message is solved now: say so, rather than leave it up.
      if (getState().status?.text === writerError) say('info', 'Saved: everything you typed is in storage now.');
    },
    onError: (_id, error) => {
      const reason = reasonOf(error);
      const full = isQuotaError(error);
      setState({ save: 'failed', saveError: reason, storageFull: full });
      // Room may come back without a keystroke here (another window deletes, the disk frees up), and a disk error
      // may pass (issue 19): whatever the refusal, keep offering the text until storage takes it.
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => getState().save === 'failed' && saving.retry(), deps.retryMs ?? 5000);
      const message = full
        ? 'Not saved: browser storage is full. Your text is still here; export it before closing this panel.'
        : `Not saved: ${reason} Your text is still here and is offered to storage again every few seconds; export it before closing this panel.`;
      // A write refused again for the same reason (typing retries it) is not news: the message is still shown,
      // and saying it again would make a screen reader read it out at every keystroke.
      const { status } = getState();
      writerError = message;
      if (status?.tone === 'error' && status.text === message) return;
      say('error', message);
    },
  });

  const saving = {
    save(next: Interview) {
      setState({ save: 'saving' });
      unsaved.set(next.id, next);
      cache.set(next);
      writer.schedule(next.id, next);
    },

    /**
     * Writes a merged copy back (another page's copy lacked something this one has), held like any save: storage
     * lost those fields, so a refused write-back is offered again, even after the interview is left.
     */
    writeBack(merged: Interview) {
      unsaved.set(merged.id, merged);
      writer.schedule(merged.id, merged);
    },

    /**
     * Folds a newer copy of `id` (read, another window's save, a rename from the
     * list) into the text held for it, so that a held copy written later never
     * puts older fields back over it.
     */
    hold(incoming: Interview) {
      const held = unsaved.get(incoming.id);
      if (!held) return;
      const merged = mergeInterviews(held, incoming);
      if (merged !== held) unsaved.set(incoming.id, merged);
    },

    /** `read` with anything this panel still holds for it (text storage refused) folded in. */
    withHeld(read: Interview): Interview {
      const held = unsaved.get(read.id);
      return held ? mergeInterviews(read, held) : read;
    },

    /** The copy held for `id`, if storage does not have it yet. */
    held: (id: string) => unsaved.get(id),
    /** Every copy storage does not have yet (for export). */
    allHeld: () => [...unsaved.values()],

    /** The interview is deleted: its held text goes with it (into the Undo offer), so a later retry cannot write it back. */
    drop(id: string) {
      if (!unsaved.delete(id) || unsaved.size > 0) return;
      clearTimeout(retryTimer);
      if (getState().save === 'failed') setState({ save: 'saved', saveError: null, storageFull: false });
    },

    /** Deleted outside this panel while open: the next write lists it again. */
    unlist: (id: string) => void unlisted.set(id, { why: 'deleted' }),

    /**
     * Saves `current` and its list entry (new, renamed, status changed) in one write, merged with what storage
     * holds then, in order with the interview's other saves, and retried like any refused save until storage takes
     * both. `current`: the newest copy the caller has (the open interview as it is now).
     */
    relist(current: Interview) {
      if (unlisted.get(current.id)?.why !== 'deleted') unlisted.set(current.id, { why: 'listed' });
      saving.save(saving.withHeld(current));
    },

    /** Tries the refused writes again (after the user made room). */
    retry() {
      const { interview } = getState();
      if (interview) unsaved.set(interview.id, saving.withHeld(interview));
      for (const value of [...unsaved.values()]) saving.save(value);
    },

    /** "Erase all data" ran: nothing queued or held may write it back. */
    erased() {
      erasures += 1;
      writer.discard();
      unsaved.clear();
      unlisted.clear();
      clearTimeout(retryTimer);
    },

    flush: () => writer.flush(),
  };
  return saving;
}

export type Saving = ReturnType<typeof createSaving>;
