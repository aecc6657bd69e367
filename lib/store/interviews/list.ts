import type { Download } from '../../download';
import { keys, setField, setFields, text } from '../../interview';
import { entryOf, type Status as InterviewStatus } from '../../interview/entry';
import type { Interview } from '../../interview/schema';
import { pauseTimer } from '../../pacing/timer';
import { exportOne } from '../../storage/transfer';
import type { Snippet, StatusFilter } from '../library';
import { currentStepId } from '../pacing';
import { matchSnippet } from '../search';
import { type Saving, why } from './saving';
import type { Session } from './session';
import type { Context } from './state';

/** Every record, read on the first text search and kept fresh from storage events and this panel's saves. */
export function createRecordCache() {
  let records: Map<string, Interview> | null = null;
  return {
    get: () => records,
    fill: (all: Interview[]) => {
      records = new Map(all.map((i) => [i.id, i]));
      return records;
    },
    set: (interview: Interview) => void records?.set(interview.id, interview),
    delete: (id: string) => void records?.delete(id),
    reset: () => {
      records = null;
    },
  };
}

export type RecordCache = ReturnType<typeof createRecordCache>;

/**
 * The library: the list's search and filter, and the changes made from a
 * row (rename, status, export) to an interview that may or may not be open.
 */
export function createList(ctx: Context, saving: Saving, session: Session, cache: RecordCache) {
  const { deps, getState, setState, say } = ctx;
  const { repository, clock } = deps;

  /** A list action storage refused is said, never a click that silently does nothing. */
  function refused(what: string, error: unknown) {
    say('error', `Could not ${what}: ${why(error)}`);
  }

  /** Writes the list entry of `interview` unless the list already says the same (a change storage took half of). */
  async function listAsIs(interview: Interview) {
    const entry = entryOf(interview);
    const listed = getState().entries.find((e) => e.id === entry.id);
    const same =
      listed &&
      listed.candidate === entry.candidate &&
      listed.role === entry.role &&
      listed.status === entry.status &&
      listed.createdAt === entry.createdAt;
    if (!same) await repository.indexInterview(entry);
  }

  /** Changes an interview that may or may not be open, then refreshes its list entry. */
  async function changeRecord(id: string, what: string, change: (interview: Interview, t: number) => Interview) {
    try {
      const open = getState().openId === id ? getState().interview : null;
      if (open) {
        const next = session.update((interview, _script, t) => change(interview, t));
        // The record and its entry in one write, in order with the typing's saves, held and retried like them.
        if (next) saving.relist(next);
        else await listAsIs(open);
        return true;
      }
      const read = await repository.readInterview(id);
      if (read.kind !== 'ok') {
        say(
          'error',
          read.kind === 'invalid'
            ? 'This interview could not be read; it is kept as it was.'
            : 'This interview no longer exists.',
        );
        return false;
      }
      const base = saving.withHeld(read.interview);
      const next = change(base, clock());
      // Already so in the record: the list may still say otherwise (its write refused earlier).
      if (next === base) {
        await listAsIs(base);
        return true;
      }
      await repository.saveListed(next);
      saving.hold(next);
      cache.set(next);
      // Opening meanwhile (its row clicked while this ran): the copy it shows must have the change, or its next save
      // would put the old value back; this page's own echo is not merged.
      if (getState().openId === id) session.applyRead(id, { kind: 'ok', interview: next }, false);
      return true;
    } catch (error) {
      refused(what, error);
      return false;
    }
  }

  async function refreshTextMatches() {
    const { query } = getState();
    if (query.trim() === '') {
      setState({ textMatches: null });
      return;
    }
    const records = cache.get() ?? cache.fill((await repository.readAll()).interviews);
    if (getState().query !== query) return;
    const matches = new Map<string, Snippet>();
    for (const interview of records.values()) {
      const snippet = matchSnippet(interview, query);
      if (snippet) matches.set(interview.id, snippet);
    }
    setState({ textMatches: matches });
  }

  return {
    refused,

    setQuery(query: string) {
      setState({ query });
      void refreshTextMatches();
    },

    setFilter(filter: StatusFilter) {
      setState({ filter });
    },

    async rename(id: string, candidate: string, role: string): Promise<boolean> {
      if (candidate.trim() === '') return false;
      const done = await changeRecord(id, 'rename', (iv, t) =>
        setFields(iv, { [keys.candidate]: candidate.trim(), [keys.role]: role.trim() }, t),
      );
      if (done) say('info', `Renamed to ${candidate.trim()}.`);
      return done;
    },

    async setStatus(id: string, status: InterviewStatus) {
      // A finished interview's timer stops, so a forgotten one cannot stretch its duration.
      const done = await changeRecord(id, 'change the status', (iv, t) => {
        const next = setField(iv, keys.status, status, t);
        if (status === 'active') return next;
        // The open interview's script is at hand; another's step as stored is where its timer ran.
        const { openId, script } = getState();
        return pauseTimer(next, openId === id && script ? currentStepId(next, script) : text(next, keys.step), t, t);
      });
      const words = { active: 'Moved back to In progress.', done: 'Marked as done.', archived: 'Archived.' } as const;
      if (done) say('info', words[status]);
    },

    /** One interview (the open copy, saved or not) or all of them, as an export file; null (and said why) when it cannot be made. */
    async exportInterviews(id?: string): Promise<Download | null> {
      const now = clock();
      const { interview, undo } = getState();
      try {
        if (!id) {
          // What the panel holds is at least as new as storage: the open copy and any text storage refused.
          const held = saving.allHeld().filter((h) => h.id !== interview?.id);
          return await repository.exportAll(now, interview ? [...held, interview] : held);
        }
        const one =
          (interview?.id === id ? interview : saving.held(id)) ??
          (undo?.interview.id === id ? undo.interview : null) ??
          (await repository.readInterview(id).then((r) => (r.kind === 'ok' ? r.interview : null)));
        if (!one) throw new Error('this interview could not be read (see "Unreadable data" in the options).');
        return exportOne(one, now, await repository.scripts.versionsFor([one]));
      } catch (error) {
        refused('export', error);
        return null;
      }
    },
  };
}
