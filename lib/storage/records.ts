import { entryOf } from '../interview/entry';
import { hasNewerFields, mergeInterviews } from '../interview/merge';
import type { Interview } from '../interview/schema';
import {
  type IndexResult,
  type Problem,
  parseIndex,
  parseInterview,
  type ReadResult,
  readIndexEntries,
  sortEntries,
} from './parse';
import type { StorageArea } from './port';
import { type Quarantine, QuarantinedError } from './quarantine';
import { type IndexEntry, indexItems, interviewIdOf, interviewKey, registry } from './registry';

/**
 * Interview records (`interview:<id>`, one per interview) and the index that
 * lists them. Every multi-step write is done here, never by a store: a save
 * that changes the list writes the record and its entry, a restore merges
 * with what another page wrote since, a delete is all or nothing. Every
 * record this page writes carries its `writer` id, so its change coming back
 * is recognised as its own.
 */
export function createRecords(area: StorageArea, quarantine: Quarantine, writerId: string) {
  const note = (key: string, read: ReadResult) => quarantine.note(key, read);
  const stamp = (interview: Interview): Interview => ({ ...interview, writer: writerId });

  /** Every interview key, without reading values where the browser allows. */
  async function interviewKeys(): Promise<string[]> {
    const all = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
    return all.filter((k) => interviewIdOf(k) !== undefined);
  }

  async function readRecords(keyList: string[]): Promise<{ interviews: Interview[]; problems: Problem[] }> {
    if (keyList.length === 0) return { interviews: [], problems: [] };
    const values = await area.get(keyList);
    const interviews: Interview[] = [];
    const problems: Problem[] = [];
    for (const key of keyList) {
      const result = note(key, parseInterview(key, values[key]));
      if (result.kind === 'ok') interviews.push(result.interview);
      else if (result.kind === 'invalid') problems.push(result.problem);
    }
    return { interviews, problems };
  }

  async function rawIndex(): Promise<Record<string, unknown>> {
    const key = registry.index.key;
    const raw = (await area.get(key))[key];
    if (raw === undefined) return {};
    const read = readIndexEntries(raw);
    if (read.kind === 'invalid') {
      quarantine.add(key);
      throw new QuarantinedError(key);
    }
    return read.entries;
  }

  async function writeIndexEntries(change: (entries: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    const entries = await rawIndex();
    await area.set(indexItems(change(entries)));
  }

  async function readInterview(id: string): Promise<ReadResult> {
    const key = interviewKey(id);
    return note(key, parseInterview(key, (await area.get(key))[key]));
  }

  async function writeInterview(interview: Interview): Promise<Interview> {
    const key = interviewKey(interview.id);
    if (quarantine.has(key)) throw new QuarantinedError(key);
    const stamped = stamp(interview);
    await area.set({ [key]: stamped });
    return stamped;
  }

  /** Writes interviews as they are (import: as in the file) and their index entries in one storage call. */
  async function putInterviews(interviews: Interview[]): Promise<void> {
    const entries = await rawIndex();
    const items: Record<string, unknown> = {};
    for (const interview of interviews) {
      const key = interviewKey(interview.id);
      if (quarantine.has(key)) throw new QuarantinedError(key);
      items[key] = interview;
      entries[interview.id] = entryOf(interview);
    }
    await area.set({ ...items, ...indexItems(entries) });
  }

  return {
    /** Whether a stored interview record is this page's own write. */
    own: (interview: Interview) => interview.writer === writerId,

    /**
     * The list of interviews. When the index itself cannot be read it is kept
     * as it was, reported, and the list is rebuilt from the records, so no
     * interview disappears from view.
     */
    async readIndex(): Promise<IndexResult> {
      const key = registry.index.key;
      const index = parseIndex((await area.get(key))[key]);
      if (index.problems.length > 0) quarantine.log(index.problems);
      if (!index.problems.some((p) => p.key === key)) return index;
      quarantine.add(key);
      const { interviews, problems } = await readRecords(await interviewKeys());
      return { entries: sortEntries(interviews.map(entryOf)), problems: [...index.problems, ...problems] };
    },

    /**
     * Start-up repair: an interview written but missing from the index (a
     * panel closed between the two writes, two panels raced on the index) is
     * read, validated and indexed again. Returns the entries it added.
     */
    async repairIndex(known: readonly IndexEntry[]): Promise<IndexResult> {
      if (quarantine.has(registry.index.key)) return { entries: [], problems: [] };
      const indexed = new Set(known.map((e) => interviewKey(e.id)));
      const missing = (await interviewKeys()).filter((k) => !indexed.has(k) && !quarantine.has(k));
      const { interviews, problems } = await readRecords(missing);
      if (interviews.length > 0) {
        await writeIndexEntries((entries) => {
          for (const interview of interviews) entries[interview.id] = entryOf(interview);
          return entries;
        });
      }
      return { entries: interviews.map(entryOf), problems };
    },

    readInterview,

    /** Every readable interview, for search and export; unreadable ones come back as problems. */
    async readAll(): Promise<{ interviews: Interview[]; problems: Problem[] }> {
      return readRecords(await interviewKeys());
    },

    /** Saves a record (a keystroke's save); its list entry is left as it is. */
    writeInterview: async (interview: Interview): Promise<void> => void (await writeInterview(interview)),

    /** Saves a record and then its list entry (new, renamed, status changed). */
    async saveListed(interview: Interview): Promise<void> {
      await writeInterview(interview);
      await writeIndexEntries((entries) => ({ ...entries, [interview.id]: entryOf(interview) }));
    },

    /**
     * Saves `interview` merged with whatever storage holds for it now (another
     * window typed into it after it was deleted here), and lists it again.
     * Returns what was written.
     */
    async mergeAndList(interview: Interview): Promise<Interview> {
      const current = await readInterview(interview.id);
      const next = current.kind === 'ok' ? mergeInterviews(current.interview, interview) : interview;
      await writeInterview(next);
      await writeIndexEntries((entries) => ({ ...entries, [next.id]: entryOf(next) }));
      return next;
    },

    /**
     * Saves a copy a closed panel still held (lib/storage/handoff.ts): merged
     * per field with what storage has now, and written only when it brings a
     * field storage lacks or has older. A record missing from storage is
     * written and listed again, as typing into it in the panel would have
     * done; an unreadable one is left exactly as it is.
     */
    async keepHeld(held: Interview): Promise<'unchanged' | 'merged' | 'listed'> {
      const current = await readInterview(held.id);
      if (current.kind === 'invalid') throw new QuarantinedError(current.problem.key);
      if (current.kind === 'missing') {
        await writeInterview(held);
        await writeIndexEntries((entries) => ({ ...entries, [held.id]: entryOf(held) }));
        return 'listed';
      }
      if (!hasNewerFields(held, current.interview)) return 'unchanged';
      await writeInterview(mergeInterviews(current.interview, held));
      return 'merged';
    },

    /** Adds or updates one entry; the rest of the index is read fresh and kept. */
    async indexInterview(entry: IndexEntry): Promise<void> {
      await writeIndexEntries((entries) => ({ ...entries, [entry.id]: entry }));
    },

    /**
     * Deletes one interview and its index entry, all or nothing: the entry goes
     * first (an unreadable index, or a write storage refuses, throws before the
     * record is touched), then the record; should that fail, the entry is put back.
     */
    async removeInterview(id: string): Promise<void> {
      const key = interviewKey(id);
      // Read first: a caller that never read the record (retention at start-up) must not delete unreadable data either.
      const read = await readInterview(id);
      if (read.kind === 'invalid') throw new QuarantinedError(key);
      await writeIndexEntries((entries) => {
        delete entries[id];
        return entries;
      });
      try {
        await area.remove(key);
      } catch (error) {
        if (read.kind === 'ok') {
          const entry = entryOf(read.interview);
          await writeIndexEntries((entries) => ({ ...entries, [id]: entry })).catch(() => {});
        }
        throw error;
      }
    },

    /**
     * Writes a deleted interview back, merged with whatever another page saved
     * into it since, record and entry in one call. Returns what was written.
     */
    async restore(snapshot: Interview): Promise<Interview> {
      const current = await readInterview(snapshot.id);
      if (current.kind === 'invalid') throw new QuarantinedError(current.problem.key);
      // Ours now: a page that wrote the snapshot must not take this write for its own echo.
      const restored = stamp(current.kind === 'ok' ? mergeInterviews(current.interview, snapshot) : snapshot);
      await putInterviews([restored]);
      return restored;
    },

    /** Writes interviews and their index entries in one storage call (import). */
    putInterviews,
  };
}

export type Records = ReturnType<typeof createRecords>;
