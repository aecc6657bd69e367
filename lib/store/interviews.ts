import { createStore } from 'zustand/vanilla';
import type { RichText } from '../clipboard';
import type { Download } from '../download';
import {
  addCustomArena,
  createInterview,
  type FieldValue,
  hasNewerFields,
  type Interview,
  keys,
  type Mark,
  markOf,
  mergeInterviews,
  newCustomArenaId,
  type Quoted,
  quoteWords,
  setField,
  setFields,
  setMark,
  setPreferredMode,
  text,
  toggleArena,
  toggleMode,
} from '../interview';
import { pauseTimer } from '../pacing/timer';
import { reasonOf } from '../reason';
import type { Script } from '../script';
import { isQuotaError } from '../storage/area';
import type { IndexEntry, Status as InterviewStatus, Settings } from '../storage/registry';
import { registry } from '../storage/registry';
import {
  entryOf,
  type Problem,
  QuarantinedError,
  type ReadResult,
  type Repository,
  type RepositoryEvent,
} from '../storage/repository';
import { exportFile, exportFileName } from '../storage/transfer';
import { matchSnippet, type Snippet, type StatusFilter, type TextMatches } from './library';
import { currentStepId, pacingActions } from './pacing';
import { createSummaryCopy } from './summary-copy';
import { createWriter } from './writer';

export type Screen = 'list' | 'new' | 'interview';
export type SaveState = 'saved' | 'saving' | 'failed';

export interface Status {
  tone: 'info' | 'error';
  text: string;
  /** Bumped on every message so the same words are announced again. */
  seq: number;
}

export interface InterviewsState {
  phase: 'loading' | 'ready';
  entries: IndexEntry[];
  /** Stored data that failed validation; kept as it was and shown to the user. */
  problems: Problem[];
  screen: Screen;
  openId: string | null;
  interview: Interview | null;
  /** Set when the open interview's stored record cannot be read. */
  openProblem: Problem | null;
  save: SaveState;
  saveError: string | null;
  /** The last write was refused because storage is full. */
  storageFull: boolean;
  status: Status | null;
  settings: Settings;
  query: string;
  filter: StatusFilter;
  /** Ids whose answers contain the query, with the words that matched; null until the records are read. */
  textMatches: TextMatches | null;
  /**
   * The interview just deleted, until it is undone or the offer expires. `failed`: storage holds an
   * unreadable record under its key now, so it cannot be restored: it stays offered for export until dismissed.
   */
  undo: { interview: Interview; label: string; failed?: boolean } | null;
}

export interface NewInterviewForm {
  candidate: string;
  role: string;
  atsLink: string;
}

export interface StoreDeps {
  repository: Repository;
  script: (scriptId: string) => Script | undefined;
  defaultScript: Script;
  clock: () => number;
  newId: () => string;
  /** Identifies this page's writes, so their storage echo is recognised. */
  writerId: string;
  copy: (content: RichText) => Promise<'clipboard-api' | 'copy-command'>;
  /** How long "Undo" is offered after a delete. */
  undoMs?: number;
  /** How long an info message stays in the status line. */
  infoMs?: number;
  /** While storage is full, how often the refused text is offered to storage again. */
  retryMs?: number;
  /** Opens the options page, where unreadable records are listed and exported. */
  openOptions?: () => Promise<void>;
  /** Awaited before each background write (the panel: the next frame); see `WriterHooks.pace`. */
  pace?: () => Promise<void>;
  /** Awaited before start-up upkeep (index repair), so it never delays the first screen (the panel: idle after a frame). */
  afterFirstScreen?: () => Promise<void>;
}

const initial: InterviewsState = {
  phase: 'loading',
  entries: [],
  problems: [],
  screen: 'list',
  openId: null,
  interview: null,
  openProblem: null,
  save: 'saved',
  saveError: null,
  storageFull: false,
  status: null,
  settings: registry.settings.fallback,
  query: '',
  filter: 'active',
  textMatches: null,
  undo: null,
};

export function createInterviewsStore(deps: StoreDeps) {
  const { repository, clock } = deps;
  let statusSeq = 0;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The newest copy handed to the writer, per interview, until storage has everything: a refused write is retried (or exported) from here, even after the user leaves the interview. */
  const unsaved = new Map<string, Interview>();
  /** Open interviews deleted outside this panel: typing saves them again, and their next write lists them again too. */
  const unlisted = new Set<string>();
  /** How many times "Erase all data" has run while this panel was open. */
  let erasures = 0;
  /** The writer's last "Not saved" message, cleared from the status line once a save succeeds. */
  let writerError = '';
  /** Every record, read on the first text search and kept fresh from storage events. */
  let records: Map<string, Interview> | null = null;

  const store = createStore<InterviewsState>()(() => initial);
  const { getState, setState } = store;

  const writer = createWriter<Interview>({
    write: async (interview) => {
      const era = erasures;
      const relist = unlisted.has(interview.id);
      let next = interview;
      if (relist) {
        // Deleted here or elsewhere, then maybe saved again by another window meanwhile: keep what it wrote.
        const current = await repository.readInterview(interview.id);
        if (current.kind === 'ok') next = mergeInterviews(current.interview, interview);
      }
      await repository.writeInterview({ ...next, writer: deps.writerId });
      // "Erase all data" ran while this write was on its way: it must not bring the interview back.
      if (era !== erasures) return repository.removeInterview(interview.id);
      if (relist) {
        await repository.indexInterview(entryOf(next));
        unlisted.delete(interview.id);
        say('info', `Saved again: the interview with ${labelOf(next)} is back in the list.`);
      }
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
      // Room may come back without a keystroke here (another window deletes, the disk frees up): keep offering the text.
      clearTimeout(retryTimer);
      if (full) retryTimer = setTimeout(() => getState().save === 'failed' && actions.retrySave(), deps.retryMs ?? 5000);
      const message = full
        ? 'Not saved: browser storage is full. Your text is still here; export it before closing this panel.'
        : `Not saved: ${reason} Your text is still here; keep this panel open.`;
      // A write refused again for the same reason (typing retries it) is not news: the message is still shown,
      // and saying it again would make a screen reader read it out at every keystroke.
      const { status } = getState();
      writerError = message;
      if (status?.tone === 'error' && status.text === message) return;
      say('error', message);
    },
  });

  /** A list action storage refused is said, never a click that silently does nothing. */
  function refused(what: string, error: unknown) {
    say('error', `Could not ${what}: ${why(error)}`);
  }

  /** The candidate, as the list and its messages name them. */
  function labelOf(interview: Interview): string {
    return entryOf(interview).candidate || 'Unnamed candidate';
  }

  function why(error: unknown): string {
    return isQuotaError(error) ? 'browser storage is full.' : reasonOf(error);
  }

  function say(tone: Status['tone'], message: string) {
    const seq = ++statusSeq;
    setState({ status: { tone, text: message, seq } });
    // News is read out once, then the line goes: a stale one would mislead and take a short panel's room.
    // Errors stay until they are solved or replaced.
    if (tone === 'info') setTimeout(() => getState().status?.seq === seq && setState({ status: null }), deps.infoMs ?? 10_000);
  }

  /** An info message about the screen or step being left would be stale on the next; errors stay. */
  function staleInfo(): Partial<InterviewsState> {
    return getState().status?.tone === 'info' ? { status: null } : {};
  }

  function scriptOf(interview: Interview): Script {
    return deps.script(interview.scriptId) ?? deps.defaultScript;
  }

  const summaryCopy = createSummaryCopy({
    current: () => {
      const { interview, openProblem, settings } = getState();
      const readable = openProblem ? null : interview;
      return { interview: readable, script: readable ? scriptOf(readable) : deps.defaultScript, settings, now: clock() };
    },
    copy: deps.copy,
    say,
  });

  /**
   * Folds a newer copy of `id` (read, another window's save, a rename from the
   * list) into the text held for it, so that a held copy written later never
   * puts older fields back over it.
   */
  function hold(incoming: Interview) {
    const held = unsaved.get(incoming.id);
    if (!held) return;
    const merged = mergeInterviews(held, incoming);
    if (merged !== held) unsaved.set(incoming.id, merged);
  }

  /** `read` with anything this panel still holds for it (text storage refused) folded in. */
  function withHeld(read: Interview): Interview {
    const held = unsaved.get(read.id);
    return held ? mergeInterviews(read, held) : read;
  }

  function save(next: Interview) {
    setState({ save: 'saving' });
    unsaved.set(next.id, next);
    records?.set(next.id, next);
    writer.schedule(next.id, next);
  }

  /** Applies a pure update to the open interview and saves it. */
  function update(change: (interview: Interview, script: Script, t: number) => Interview): Interview | null {
    const { interview, openProblem } = getState();
    if (!interview || openProblem) return null;
    const next = change(interview, scriptOf(interview), clock());
    if (next === interview) return null;
    setState({ interview: next });
    save(next);
    return next;
  }

  /** Changes an interview that may or may not be open, then refreshes its list entry. */
  async function updateRecord(
    id: string,
    what: string,
    change: (interview: Interview, t: number) => Interview,
  ): Promise<boolean> {
    try {
      return await changeRecord(id, change);
    } catch (error) {
      refused(what, error);
      return false;
    }
  }

  async function changeRecord(id: string, change: (interview: Interview, t: number) => Interview): Promise<boolean> {
    if (getState().openId === id && getState().interview) {
      const next = update((interview, _script, t) => change(interview, t));
      if (next) await repository.indexInterview(entryOf(next));
      return true;
    }
    const read = await repository.readInterview(id);
    if (read.kind !== 'ok') {
      say(
        'error',
        read.kind === 'invalid' ? 'This interview could not be read; it is kept as it was.' : 'This interview no longer exists.',
      );
      return false;
    }
    const base = withHeld(read.interview);
    const next = change(base, clock());
    if (next === base) return true;
    await repository.writeInterview({ ...next, writer: deps.writerId });
    hold(next);
    records?.set(next.id, next);
    await repository.indexInterview(entryOf(next));
    return true;
  }

  /** Deletes one interview and offers its last copy (held text included) for Undo. */
  async function removeRecord(id: string) {
    writer.flush();
    const read = await repository.readInterview(id);
    if (read.kind === 'invalid') {
      say('error', 'This interview could not be read, so it was not deleted; it is kept as it was.');
      return;
    }
    // Text storage refused for it goes with it, into the Undo offer: a later retry must not write it back.
    const held = unsaved.get(id);
    const snapshot = read.kind === 'ok' ? withHeld(read.interview) : held;
    // Leave it first, so its removal is not taken for another window's.
    if (getState().openId === id) setState({ screen: 'list', openId: null, interview: null });
    await repository.removeInterview(id);
    records?.delete(id);
    if (held) {
      unsaved.delete(id);
      if (unsaved.size === 0) {
        clearTimeout(retryTimer);
        if (getState().save === 'failed') setState({ save: 'saved', saveError: null, storageFull: false });
      }
    }
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

  /** Writes a deleted interview back, with whatever another window saved into it since. */
  async function restore(snapshot: Interview) {
    // Another window may have saved it again since (typing into it after the delete): keep what it wrote.
    const current = await repository.readInterview(snapshot.id);
    if (current.kind === 'invalid') throw new QuarantinedError(current.problem.key);
    const base = current.kind === 'ok' ? mergeInterviews(current.interview, snapshot) : snapshot;
    // Ours now: a panel that wrote the snapshot must not take this write for its own echo.
    const restored = { ...withHeld(base), writer: deps.writerId };
    await repository.putInterviews([restored]);
    records?.set(restored.id, restored);
  }

  async function exportFileOf(id?: string): Promise<Download> {
    const now = clock();
    const { interview } = getState();
    if (id) {
      const { undo } = getState();
      const one =
        (interview?.id === id ? interview : unsaved.get(id)) ??
        (undo?.interview.id === id ? undo.interview : null) ??
        (await repository.readInterview(id).then((r) => (r.kind === 'ok' ? r.interview : null)));
      if (!one) throw new Error('this interview could not be read (see "Unreadable data" in the options).');
      const name =
        entryOf(one)
          .candidate.replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '') || 'interview';
      return { filename: exportFileName(now, name.toLowerCase()), json: exportFile([one], now) };
    }
    const all = await repository.readAll();
    // What the panel holds is at least as new as storage: the open copy and any text storage refused.
    const held = new Map(unsaved);
    if (interview) held.set(interview.id, interview);
    const merged = all.interviews.map((i) => held.get(i.id) ?? i);
    for (const h of held.values()) if (!merged.some((i) => i.id === h.id)) merged.push(h);
    return { filename: exportFileName(now), json: exportFile(merged, now) };
  }

  function applyIndex(index: { entries: IndexEntry[]; problems: Problem[] }) {
    setState({ entries: index.entries, problems: index.problems });
  }

  function applyRead(id: string, result: ReadResult) {
    // Another page's save: text this panel still holds for it must not undo it when retried.
    if (result.kind === 'ok' && result.interview.writer !== deps.writerId) hold(result.interview);
    if (records) {
      if (result.kind === 'ok') records.set(id, result.interview);
      else records.delete(id);
    }
    const { openId, interview } = getState();
    if (id !== openId) return;
    if (result.kind === 'invalid') {
      setState({ openProblem: result.problem });
      return;
    }
    if (result.kind === 'missing') {
      if (interview) {
        unlisted.add(id);
        say('error', 'This interview was deleted outside this panel. Your text is still here; typing saves it again.');
      }
      return;
    }
    const incoming = result.interview;
    // Readable again (another window repaired or re-imported it): the problem is over.
    if (getState().openProblem) setState({ openProblem: null });
    // A change that lands while `open` is still reading is the newest copy.
    if (!interview) {
      setState({ interview: withHeld(incoming) });
      return;
    }
    // Our own echo: storage will end on our latest write, and any other
    // page's write that lands after it raises its own event.
    if (incoming.writer === deps.writerId) return;
    const merged = mergeInterviews(interview, incoming);
    if (merged !== interview) setState({ interview: merged });
    // The other page's copy lacks something we have: write the union back
    // (held like any save, so a refused write keeps the other page's fields too).
    if (hasNewerFields(merged, incoming)) {
      if (unsaved.has(merged.id)) unsaved.set(merged.id, merged);
      writer.schedule(merged.id, merged);
    }
  }

  function onEvent(event: RepositoryEvent) {
    switch (event.kind) {
      case 'index':
        applyIndex(event.index);
        return;
      case 'settings':
        setState({ settings: event.settings });
        return;
      case 'erased':
        erasures += 1;
        writer.discard();
        unsaved.clear();
        unlisted.clear();
        clearTimeout(retryTimer);
        records = null;
        setState({ entries: [], problems: [], screen: 'list', openId: null, interview: null, openProblem: null, undo: null });
        say('info', 'All data was erased from the options page.');
        return;
      case 'interview':
        applyRead(event.id, event.result);
        return;
      case 'quarantine':
        // The panel reports what it reads itself; the options page lists the log.
        return;
    }
  }

  async function refreshTextMatches() {
    const { query } = getState();
    if (query.trim() === '') {
      setState({ textMatches: null });
      return;
    }
    if (!records) {
      const all = await repository.readAll();
      records = new Map(all.interviews.map((i) => [i.id, i]));
    }
    if (getState().query !== query) return;
    const matches = new Map<string, Snippet>();
    for (const interview of records.values()) {
      const snippet = matchSnippet(interview, query);
      if (snippet) matches.set(interview.id, snippet);
    }
    setState({ textMatches: matches });
  }

  const pacing = pacingActions(update, say);

  const actions = {
    /** Hydrates from storage and follows changes made elsewhere. Returns the unsubscribe. */
    async init(): Promise<() => void> {
      const unwatch = repository.watch(onEvent);
      const [index, settings] = await Promise.all([repository.readIndex(), repository.readSettings()]);
      applyIndex(index);
      setState({ phase: 'ready', settings });
      // After the list is on screen: index interviews a closed panel wrote but never listed.
      // Listing every key reads the whole store in Chrome: it waits until the first screen and first click are done (issue 7).
      void (deps.afterFirstScreen?.() ?? Promise.resolve())
        .then(() => repository.repairIndex(getState().entries))
        .then(
          (repaired) => {
            if (repaired.problems.length > 0) setState({ problems: [...getState().problems, ...repaired.problems] });
          },
          (error: unknown) => console.error('Reverse Interview: index repair failed', error),
        );
      return unwatch;
    },

    showList() {
      writer.flush();
      setState({ screen: 'list', openId: null, interview: null, openProblem: null, ...staleInfo() });
    },

    showNew() {
      setState({ screen: 'new', ...staleInfo() });
    },

    async start(form: NewInterviewForm) {
      const script = deps.defaultScript;
      const interview = createInterview(
        { id: deps.newId(), candidate: form.candidate, role: form.role, atsLink: form.atsLink },
        script,
        clock(),
      );
      setState({ screen: 'interview', openId: interview.id, interview, openProblem: null, filter: 'active', ...staleInfo() });
      save(interview);
      try {
        await repository.indexInterview(entryOf(interview));
      } catch (error) {
        say('error', `The interview is saved but the list could not be updated: ${String(error)}`);
      }
    },

    async open(id: string) {
      writer.flush();
      setState({ screen: 'interview', openId: id, interview: null, openProblem: null, ...staleInfo() });
      const result = await repository.readInterview(id);
      if (getState().openId !== id) return;
      const current = getState().interview;
      if (result.kind === 'ok') {
        // Text storage refused earlier is still held: show it, not the older stored copy.
        const read = withHeld(result.interview);
        setState({ interview: current ? mergeInterviews(current, read) : read });
      } else if (result.kind === 'invalid') setState({ openProblem: result.problem });
      else setState({ openProblem: { key: `interview:${id}`, reasons: ['the record is missing from storage'] } });
    },

    setAnswer(key: string, value: FieldValue) {
      update((interview, _script, t) => setField(interview, key, value, t));
    },

    /** Several fields in one write: accepting an offering stores its name and kind beside the decision. */
    setAnswers(values: Record<string, FieldValue>) {
      update((interview, _script, t) => setFields(interview, values, t));
    },

    goTo(stepId: string) {
      setState(staleInfo());
      pacing.goToStep(stepId);
    },

    /** Keyboard: the step `delta` away from the current one (J/K); nothing past either end. */
    stepBy(delta: number) {
      const { interview } = getState();
      if (!interview) return;
      const script = scriptOf(interview);
      const at = script.steps.findIndex((s) => s.id === currentStepId(interview, script));
      const target = script.steps[at + delta];
      if (target) actions.goTo(target.id);
    },

    /** Keyboard: step n, counted from 1 as on screen; a number past the last step does nothing. */
    goToNumber(n: number) {
      const { interview } = getState();
      const target = interview ? scriptOf(interview).steps[n - 1] : undefined;
      if (target) actions.goTo(target.id);
    },

    /** A short word in the status region, e.g. why a shortcut did nothing. */
    hint(message: string) {
      say('info', message);
    },

    toggleTimer: () => pacing.toggleTimer(),
    setBudget: (stepId: string, minutes: string) => pacing.setBudget(stepId, minutes),
    /**
     * Alt+Shift+Q / F: toggles the mark and says what happened in the status
     * region, because the key press has no button of its own to show it.
     */
    keyboardMark: (fieldKey: string, mark: Mark) => pacing.toggleMark(fieldKey, mark),

    chooseArena(arenaId: string, on: boolean) {
      update((interview, script, t) => {
        const result = toggleArena(interview, script, arenaId, on, t);
        if (result.refused === 'limit') say('info', 'Four arenas at most: untick one first.');
        return result.interview;
      });
    },

    addArena(label: string): boolean {
      let added = false;
      update((interview, script, t) => {
        const result = addCustomArena(interview, script, label, newCustomArenaId(t), t);
        const name = label.trim();
        if (result.refused === 'limit') say('info', `Added “${name}” but not chosen: four arenas at most.`);
        else if (result.refused === 'full')
          say('info', `“${name}” is already in the list; four arenas at most, so it is not chosen.`);
        else if (result.refused === 'duplicate') say('info', `“${name}” is already in the list; it is now chosen.`);
        else if (!result.refused) say('info', `Added “${name}”.`);
        added = result.refused !== 'empty';
        return result.interview;
      });
      return added;
    },

    chooseMode(modeId: string, on: boolean) {
      update((interview, _script, t) => toggleMode(interview, modeId, on, t));
    },

    preferMode(modeId: string) {
      update((interview, _script, t) => setPreferredMode(interview, modeId, t));
    },

    /**
     * "Quote" with words selected in an answer: wraps them in quotation marks in
     * the answer (or takes marks off them). Returns where the words are now, so
     * the selection can follow; null when the selection holds no words.
     */
    quoteWords(fieldKey: string, start: number, end: number): Quoted | null {
      let quoted: Quoted | null = null;
      update((interview, _script, t) => {
        quoted = quoteWords(text(interview, fieldKey), start, end);
        return quoted ? setField(interview, fieldKey, quoted.text, t) : interview;
      });
      return quoted;
    },

    /** Marks an answer as a quote or a follow-up; pressing the mark it already has clears it. */
    toggleMark(fieldKey: string, mark: Mark) {
      update((interview, _script, t) => setMark(interview, fieldKey, markOf(interview, fieldKey) === mark ? '' : mark, t));
    },

    /** What "Copy summary" puts on the clipboard now, in the chosen format (see summary-copy.ts). */
    summary(): RichText | null {
      return summaryCopy.actions.rendered()?.content ?? null;
    },

    copySummary(): Promise<void> {
      return summaryCopy.actions.copy();
    },

    /** "Copy this step": the header and one step's section. */
    copyStep(stepId: string): Promise<void> {
      return summaryCopy.actions.copy(stepId);
    },

    /** Tries the last refused write again (after the user made room). */
    retrySave() {
      const { interview } = getState();
      if (interview) unsaved.set(interview.id, withHeld(interview));
      for (const value of [...unsaved.values()]) save(value);
    },

    // ── Library ────────────────────────────────────────────────────────────

    setQuery(query: string) {
      setState({ query });
      void refreshTextMatches();
    },

    setFilter(filter: StatusFilter) {
      setState({ filter });
    },

    async rename(id: string, candidate: string, role: string): Promise<boolean> {
      if (candidate.trim() === '') return false;
      const done = await updateRecord(id, 'rename', (iv, t) =>
        setFields(iv, { [keys.candidate]: candidate.trim(), [keys.role]: role.trim() }, t),
      );
      if (done) say('info', `Renamed to ${candidate.trim()}.`);
      return done;
    },

    async setStatus(id: string, status: InterviewStatus) {
      // A finished interview's timer stops, so a forgotten one cannot stretch its duration.
      const done = await updateRecord(id, 'change the status', (iv, t) => {
        const next = setField(iv, keys.status, status, t);
        return status === 'active' ? next : pauseTimer(next, currentStepId(next, scriptOf(next)), t, t);
      });
      const words = { active: 'Moved back to In progress.', done: 'Marked as done.', archived: 'Archived.' } as const;
      if (done) say('info', words[status]);
    },

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
        await restore(undo.interview);
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
        unlisted.add(undo.interview.id);
        save(undo.interview);
        say(
          'error',
          `Could not restore the interview with ${undo.label} yet: ${why(error)} It is kept in this panel and saved as soon as storage takes it.`,
        );
      }
      setState({ undo: null });
    },

    /** One interview (the open copy, saved or not) or all of them, as an export file; null (and said why) when it cannot be made. */
    async exportInterviews(id?: string): Promise<Download | null> {
      try {
        return await exportFileOf(id);
      } catch (error) {
        refused('export', error);
        return null;
      }
    },

    /** Null where the options page cannot be opened (tests, or a browser without it). */
    openOptions: deps.openOptions
      ? () => {
          deps.openOptions?.().catch((error: unknown) => say('error', `Could not open the options page: ${String(error)}`));
        }
      : null,

    /** Called when the page is hidden or unloads: nothing typed may be lost. */
    flush() {
      writer.flush();
    },
  };

  return { store, actions, summary: summaryCopy };
}

export type InterviewsStore = ReturnType<typeof createInterviewsStore>;
