import { createStore } from 'zustand/vanilla';
import type { RichText } from '../clipboard';
import {
  addCustomArena,
  createInterview,
  type FieldValue,
  hasNewerFields,
  type Interview,
  keys,
  mergeInterviews,
  newCustomArenaId,
  setField,
  setPreferredMode,
  toggleArena,
  toggleMode,
} from '../interview';
import type { Script } from '../script';
import type { IndexEntry } from '../storage/registry';
import { entryOf, type Problem, type ReadResult, type Repository, type RepositoryEvent } from '../storage/repository';
import { buildSummary, renderHtml, renderText } from '../summary';
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
  status: Status | null;
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
  status: null,
};

export function createInterviewsStore(deps: StoreDeps) {
  const { repository, clock } = deps;
  let statusSeq = 0;

  const store = createStore<InterviewsState>()(() => initial);
  const { getState, setState } = store;

  const writer = createWriter<Interview>({
    write: (interview) => repository.writeInterview({ ...interview, writer: deps.writerId }),
    onIdle: () => {
      if (getState().save === 'saving') setState({ save: 'saved', saveError: null });
    },
    onError: (_id, error) => {
      const reason = error instanceof Error ? error.message : String(error);
      setState({ save: 'failed', saveError: reason });
      say('error', `Not saved: ${reason} Your text is still here; keep this panel open.`);
    },
  });

  function say(tone: Status['tone'], message: string) {
    statusSeq += 1;
    setState({ status: { tone, text: message, seq: statusSeq } });
  }

  /** An info message about the screen or step being left would be stale on the next; errors stay. */
  function staleInfo(): Partial<InterviewsState> {
    return getState().status?.tone === 'info' ? { status: null } : {};
  }

  function scriptOf(interview: Interview): Script {
    return deps.script(interview.scriptId) ?? deps.defaultScript;
  }

  /** Applies a pure update to the open interview and saves it. */
  function update(change: (interview: Interview, script: Script, t: number) => Interview) {
    const { interview, openProblem } = getState();
    if (!interview || openProblem) return;
    const next = change(interview, scriptOf(interview), clock());
    if (next === interview) return;
    setState({ interview: next, save: 'saving' });
    writer.schedule(next.id, next);
  }

  function applyIndex(index: { entries: IndexEntry[]; problems: Problem[] }) {
    setState({ entries: index.entries, problems: index.problems });
  }

  function applyRead(id: string, result: ReadResult) {
    const { openId, interview } = getState();
    if (id !== openId) return;
    if (result.kind === 'invalid') {
      setState({ openProblem: result.problem });
      return;
    }
    if (result.kind === 'missing') return;
    const incoming = result.interview;
    // A change that lands while `open` is still reading is the newest copy.
    if (!interview) {
      setState({ interview: incoming });
      return;
    }
    // Our own echo: storage will end on our latest write, and any other
    // page's write that lands after it raises its own event.
    if (incoming.writer === deps.writerId) return;
    const merged = mergeInterviews(interview, incoming);
    if (merged !== interview) setState({ interview: merged });
    // The other page's copy lacks something we have: write the union back.
    if (hasNewerFields(merged, incoming)) writer.schedule(merged.id, merged);
  }

  function onEvent(event: RepositoryEvent) {
    if (event.kind === 'index') applyIndex(event.index);
    else applyRead(event.id, event.result);
  }

  const actions = {
    /** Hydrates from storage and follows changes made elsewhere. Returns the unsubscribe. */
    async init(): Promise<() => void> {
      const unwatch = repository.watch(onEvent);
      applyIndex(await repository.readIndex());
      setState({ phase: 'ready' });
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
      setState({ screen: 'interview', openId: interview.id, interview, openProblem: null, save: 'saving' });
      writer.schedule(interview.id, interview);
      try {
        await repository.indexInterview(entryOf(interview));
      } catch (error) {
        say('error', `The interview is saved but the list could not be updated: ${String(error)}`);
      }
    },

    async open(id: string) {
      writer.flush();
      setState({ screen: 'interview', openId: id, interview: null, openProblem: null });
      const result = await repository.readInterview(id);
      if (getState().openId !== id) return;
      const current = getState().interview;
      if (result.kind === 'ok') setState({ interview: current ? mergeInterviews(current, result.interview) : result.interview });
      else if (result.kind === 'invalid') setState({ openProblem: result.problem });
      else setState({ openProblem: { key: `interview:${id}`, reasons: ['the record is missing from storage'] } });
    },

    setAnswer(key: string, value: FieldValue) {
      update((interview, _script, t) => setField(interview, key, value, t));
    },

    goTo(stepId: string) {
      setState(staleInfo());
      update((interview, _script, t) => setField(interview, keys.step, stepId, t));
    },

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
        if (result.refused === 'limit') say('info', `Added "${label.trim()}" but not chosen: four arenas at most.`);
        else if (result.refused === 'full')
          say('info', `"${label.trim()}" is already in the list; four arenas at most, so it is not chosen.`);
        else if (result.refused === 'duplicate') say('info', `"${label.trim()}" is already in the list; it is now chosen.`);
        else if (!result.refused) say('info', `Added "${label.trim()}".`);
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

    summary(): RichText | null {
      const { interview } = getState();
      if (!interview) return null;
      const summary = buildSummary(interview, scriptOf(interview));
      return { html: renderHtml(summary), text: renderText(summary) };
    },

    async copySummary() {
      const content = actions.summary();
      if (!content) return;
      try {
        const route = await deps.copy(content);
        say('info', route === 'clipboard-api' ? 'Copied' : 'Copied (using the fallback copy command)');
      } catch (error) {
        say('error', `Copy failed: ${error instanceof Error ? error.message : String(error)} Click the panel and try again.`);
      }
    },

    /** Called when the page is hidden or unloads: nothing typed may be lost. */
    flush() {
      writer.flush();
    },
  };

  return { store, actions };
}

export type InterviewsStore = ReturnType<typeof createInterviewsStore>;
