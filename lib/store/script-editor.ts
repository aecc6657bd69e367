import { createStore } from 'zustand/vanilla';
import { reasonOf } from '../reason';
import type { Script } from '../script';
import {
  blankDraft,
  type DraftProblem,
  type DraftScript,
  draftOf,
  draftProblems,
  finishDraft,
  problemText,
} from '../script/draft';
import * as edit from '../script/edit';
import type { ScriptChoice } from '../script/library';
import { kitScript, type PastedKit, slug } from '../script/paste';
import type { StepKindName } from '../steps';
import type { DraftEntry, ScriptDrafts } from '../storage/drafts';
import { canonical, type Scripts } from '../storage/scripts';
import type { ScriptsStore } from './scripts';
import { createStatusLine, type Status } from './status-line';

/** A draft as the library lists it. */
export interface DraftListing {
  name: string;
  basedOn?: number | undefined;
  at: number;
}

/** The script open in the editor. */
export interface OpenDraft {
  draft: DraftScript;
  /** The version it was made from (none for a new script or a copy). */
  basedOn?: number | undefined;
}

export interface EditorState {
  /** Drafts stored, by script id. */
  drafts: Record<string, DraftListing>;
  /** Set while the stored drafts cannot be read: they are kept as they are, and the editor does not write over them. */
  draftsProblem: string | null;
  open: OpenDraft | null;
  /** What stops the open draft from becoming a version, in plain words with where. */
  problems: DraftProblem[];
  /** The open draft in storage: saved, on its way, or not saved (and why; it is retried). */
  draftState: { state: 'saved' | 'saving' } | { state: 'unsaved'; reason: string };
  /** What "Undo remove" puts back. */
  removed: edit.Removed | null;
  /** The draft just discarded, offered back with "Undo discard". */
  discarded: DraftEntry | null;
  message: Status | null;
}

export interface EditorDeps {
  scripts: Scripts;
  /** The stored drafts (lib/storage/drafts.ts). */
  drafts: ScriptDrafts;
  core: ScriptsStore;
  builtIns: readonly Script[];
  now?: () => number;
  /** How long to wait before trying a refused draft write again. */
  retryMs?: number;
  infoMs?: number;
}

/**
 * The options page's script editor (issue 18). Every edit is pure
 * (lib/script/edit.ts) and the draft is written as typed — at once, one write
 * at a time, the latest winning — so an edit is never lost; a refused write is
 * said and retried. "Save script" turns a valid draft into the next version.
 */
export function createScriptEditor(deps: EditorDeps) {
  const { scripts, drafts: stored, core, builtIns } = deps;
  const now = deps.now ?? Date.now;
  const store = createStore<EditorState>()(() => ({
    drafts: {},
    draftsProblem: null,
    open: null,
    problems: [],
    draftState: { state: 'saved' },
    removed: null,
    discarded: null,
    message: null,
  }));
  const { getState, setState } = store;
  const { say } = createStatusLine(
    () => getState().message,
    (message) => setState({ message }),
    deps.infoMs ?? 8000,
  );

  // --- Writing the open draft: one write at a time, the latest wins. ---
  let queued: OpenDraft | null = null;
  let writing: Promise<void> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  function write(open: OpenDraft): Promise<void> {
    queued = open;
    clearTimeout(retry);
    if (!writing) {
      writing = (async () => {
        while (queued) {
          const next = queued;
          queued = null;
          setState({ draftState: { state: 'saving' } });
          try {
            await stored.put(next.draft, next.basedOn, now());
            if (!queued) setState({ draftState: { state: 'saved' } });
          } catch (error) {
            // Kept on this page and tried again: the text is never dropped.
            if (!queued) queued = next;
            setState({ draftState: { state: 'unsaved', reason: reasonOf(error) } });
            const pending = queued;
            queued = null;
            retry = setTimeout(() => {
              if (getState().open?.draft.id === pending.draft.id) void write(getState().open ?? pending);
            }, deps.retryMs ?? 2000);
            break;
          }
        }
        writing = null;
      })();
    }
    return writing;
  }

  /** Waits for the open draft to be written (or refused). */
  async function flush(): Promise<void> {
    while (writing) await writing;
  }

  function listing(read: Record<string, DraftEntry> | null, reasons: string[]) {
    if (!read) {
      setState({ draftsProblem: reasons.join('; ') });
      return null;
    }
    const drafts = Object.fromEntries(
      Object.entries(read).map(([id, entry]) => [id, { name: entry.script.name, basedOn: entry.basedOn, at: entry.at }]),
    );
    setState({ drafts, draftsProblem: null });
    return read;
  }

  function show(open: OpenDraft | null, extra: Partial<EditorState> = {}) {
    setState({ open, problems: open ? draftProblems(open.draft) : [], ...extra });
  }

  /** A change to the open draft: shown at once, its problems said, written as typed. */
  function change(next: DraftScript, extra: Partial<EditorState> = {}) {
    const open = getState().open;
    if (!open) return;
    const updated = { ...open, draft: next };
    show(updated, extra);
    void write(updated);
  }

  /** Opens a draft the page has just made, and writes it at once. */
  async function start(draft: DraftScript, what: string): Promise<boolean> {
    if (!(await leave())) return false;
    const open = { draft };
    show(open, { removed: null, discarded: null });
    await write(open);
    say('info', what);
    return true;
  }

  /** Ids already taken by a script, a version or a draft: a new script must not reuse one. */
  function taken(): Set<string> {
    const { choices, organisation } = core.store.getState();
    return new Set([
      ...choices.map((c) => c.id),
      ...organisation.map((o) => o.id),
      ...builtIns.map((b) => b.id),
      ...Object.keys(getState().drafts),
    ]);
  }

  async function sourceOf(choice: ScriptChoice): Promise<Script | null> {
    const fixed = [...builtIns, ...core.store.getState().organisation].find(
      (s) => s.id === choice.id && s.version === choice.version,
    );
    return fixed ?? (await scripts.resolve(choice.id, choice.version).catch(() => null));
  }

  /** Before another draft opens: the open one written, or the switch refused while it cannot be. */
  async function leave(): Promise<boolean> {
    await flush();
    if (getState().draftState.state === 'unsaved') {
      say('error', 'The open script is not saved yet, so it stays open. Try again once the draft is saved.');
      return false;
    }
    await dropIfUnchanged();
    return true;
  }

  /** A draft of an existing version with nothing changed is not kept: the library would list a draft that is not one. */
  async function dropIfUnchanged() {
    const open = getState().open;
    if (!open || open.basedOn === undefined) return;
    const base = await scripts.resolve(open.draft.id, open.basedOn).catch(() => null);
    const finished = finishDraft(open.draft, open.basedOn);
    if (base && finished.ok && canonical(finished.script) === canonical(base)) {
      await stored.drop(open.draft.id).catch(() => undefined);
    }
  }

  const actions = {
    async init(): Promise<() => void> {
      try {
        const read = await stored.read();
        listing(read.kind === 'ok' ? read.drafts : null, read.kind === 'ok' ? [] : read.reasons);
      } catch (error) {
        setState({ draftsProblem: reasonOf(error) });
      }
      return stored.watch(({ drafts: read, reasons, own }) => {
        const drafts = listing(read, reasons);
        if (own || !drafts) return;
        // Another page typed in the draft open here: take its text unless this page has some on its way.
        const open = getState().open;
        const theirs = open ? drafts[open.draft.id] : undefined;
        if (open && theirs && !writing && getState().draftState.state === 'saved') {
          show({ draft: theirs.script, basedOn: theirs.basedOn });
        }
      });
    },

    /** A copy of a script as a new script of your own, open to edit. */
    async makeCopy(choice: ScriptChoice) {
      const script = await sourceOf(choice);
      if (!script) {
        say('error', `“${choice.name}” could not be read, so no copy was made.`);
        return;
      }
      const id = slug(`${script.id}-copy`, 'script-copy', taken());
      await start(
        draftOf(script, { id, name: `${script.name} (copy)`.slice(0, 120) }),
        `A copy of “${script.name}” is open below. Rename it and change what you need.`,
      );
    },

    /** The script a pasted kit makes, open in the editor to change before it is saved. */
    async editPasted(kit: PastedKit, name: string): Promise<boolean> {
      const script = kitScript(kit, name, [...taken()]);
      return await start(
        draftOf(script),
        `The pasted questions are open below as “${script.name}”: change what you need, then “Save script”.`,
      );
    },

    /** A new script of your own: one questions step to fill in. */
    async newScript() {
      await start(blankDraft(slug('new-script', 'new-script', taken()), 'New script'), 'A new script is open below.');
    },

    /** Opens one of your scripts: its draft if one is stored, else its latest version. */
    async edit(id: string) {
      if (getState().open?.draft.id === id) return;
      if (!(await leave())) return;
      try {
        const read = await stored.read();
        const entry = read.kind === 'ok' ? read.drafts[id] : undefined;
        if (entry) {
          show({ draft: entry.script, basedOn: entry.basedOn }, { removed: null, draftState: { state: 'saved' } });
          return;
        }
        const version = (await scripts.readLibrary())[id]?.versions.at(-1);
        const script = version === undefined ? null : await scripts.resolve(id, version);
        if (!script || version === undefined) throw new Error('it could not be read');
        show({ draft: draftOf(script), basedOn: version }, { removed: null, draftState: { state: 'saved' } });
      } catch (error) {
        say('error', `The script could not be opened: ${reasonOf(error)}`);
      }
    },

    /** Closes the editor; the draft stays stored until it is saved or discarded. */
    async close() {
      if (!(await leave())) return;
      show(null, { removed: null });
    },

    setName(name: string) {
      const open = getState().open;
      if (open) change(edit.setName(open.draft, name));
    },

    setStepField(at: number, field: string, value: unknown) {
      const open = getState().open;
      if (open) change(edit.setStepField(open.draft, at, field, value));
    },

    /** Adds a step; the index of the new step, or null when the script is full. */
    addStep(kind: StepKindName, after?: number): number | null {
      const open = getState().open;
      if (!open) return null;
      const added = edit.addStep(open.draft, kind, after);
      if ('refused' in added) {
        say('error', 'A script has at most 30 steps.');
        return null;
      }
      change(added.draft);
      return added.at;
    },

    removeStep(at: number) {
      const open = getState().open;
      const removed = open && edit.removeStep(open.draft, at);
      if (removed) change(removed.draft, { removed: removed.removed });
    },

    moveStep(at: number, by: -1 | 1) {
      const open = getState().open;
      if (open) change(edit.moveStep(open.draft, at, by));
    },

    /** Adds an empty item to a step's list; its index, or null when the list is full. */
    addItem(at: number, list: string): number | null {
      const open = getState().open;
      if (!open) return null;
      const added = edit.addItem(open.draft, at, list);
      if ('refused' in added) {
        say('error', 'A list in a step holds at most 60 items.');
        return null;
      }
      change(added.draft);
      return added.index;
    },

    setItem(at: number, list: string, index: number, field: string | null, value: string) {
      const open = getState().open;
      if (open) change(edit.setItem(open.draft, at, list, index, field, value));
    },

    removeItem(at: number, list: string, index: number) {
      const open = getState().open;
      const removed = open && edit.removeItem(open.draft, at, list, index);
      if (removed) change(removed.draft, { removed: removed.removed });
    },

    moveItem(at: number, list: string, index: number, by: -1 | 1) {
      const open = getState().open;
      if (open) change(edit.moveItem(open.draft, at, list, index, by));
    },

    setGridFlag(at: number, questionId: string, flag: 'needs' | 'obstacles', on: boolean) {
      const open = getState().open;
      if (open) change(edit.setGridFlag(open.draft, at, questionId, flag, on));
    },

    /** Puts back what was last removed; where it went (the step's index), or null. */
    undoRemove(): number | null {
      const { open, removed } = getState();
      if (!open || !removed) return null;
      const restored = edit.restore(open.draft, removed);
      if (!restored) {
        say('error', 'It cannot go back: its step is gone, or there is no room for it.');
        setState({ removed: null });
        return null;
      }
      change(restored.draft, { removed: null });
      return restored.at;
    },

    /**
     * Saves the open draft as the next version, which new interviews get;
     * interviews already started keep theirs. Refused, with the reason, while it has problems.
     */
    async save(): Promise<boolean> {
      const open = getState().open;
      if (!open) return false;
      await flush();
      const { problems } = getState();
      if (problems.length > 0) {
        say(
          'error',
          `Not saved as a version: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} to fix first (${problemText(problems[0] as DraftProblem)}). Your draft is kept.`,
        );
        return false;
      }
      try {
        const library = await scripts.library.read();
        if (library.kind !== 'ok') throw new Error('your stored scripts cannot be read, so nothing is added to them');
        if (
          builtIns.some((b) => b.id === open.draft.id) ||
          core.store.getState().organisation.some((o) => o.id === open.draft.id)
        ) {
          throw new Error('its id belongs to a script that is not yours');
        }
        const latest = library.value.scripts[open.draft.id]?.versions.at(-1);
        // A script saved for the first time takes its id from its name (its file is `<id>-v1.json`).
        const others = taken();
        others.delete(open.draft.id);
        const id =
          latest === undefined && open.basedOn === undefined ? slug(open.draft.name, open.draft.id, others) : open.draft.id;
        const finished = finishDraft({ ...open.draft, id }, (latest ?? 0) + 1);
        if (!finished.ok) throw new Error(problemText(finished.problems[0] as DraftProblem));
        if (latest !== undefined) {
          const current = await scripts.resolve(open.draft.id, latest);
          if (current && canonical({ ...current, version: 0 }) === canonical({ ...finished.script, version: 0 })) {
            await stored.drop(open.draft.id);
            show({ draft: open.draft, basedOn: latest });
            say('info', `Nothing to save: this is version ${latest} as it is.`);
            return true;
          }
        }
        // The version first, then the draft goes: a failure in between keeps both.
        await scripts.addVersion(finished.script);
        await stored.drop(open.draft.id);
        show({ draft: draftOf(finished.script), basedOn: finished.script.version });
        await core.actions.refresh();
        say(
          'info',
          `Saved “${finished.script.name}”, version ${finished.script.version}. New interviews can use it; interviews already started keep theirs.`,
        );
        return true;
      } catch (error) {
        say('error', `Not saved as a version: ${reasonOf(error)}. Your draft is kept.`);
        return false;
      }
    },

    /** Throws the open draft away (the saved versions stay); "Undo discard" brings it back. */
    async discard() {
      const open = getState().open;
      if (!open) return;
      await flush();
      clearTimeout(retry);
      try {
        const read = await stored.read();
        const entry = read.kind === 'ok' ? read.drafts[open.draft.id] : undefined;
        await stored.drop(open.draft.id);
        show(null, {
          removed: null,
          discarded: entry ?? { at: now(), script: open.draft, basedOn: open.basedOn },
          draftState: { state: 'saved' },
        });
        say('info', `Discarded the draft of “${open.draft.name}”.${open.basedOn ? ` Version ${open.basedOn} is kept.` : ''}`);
      } catch (error) {
        say('error', `The draft was not discarded: ${reasonOf(error)}`);
      }
    },

    async undoDiscard() {
      const { discarded } = getState();
      if (!discarded || !(await leave())) return;
      const open = { draft: discarded.script, basedOn: discarded.basedOn };
      show(open, { discarded: null });
      await write(open);
      say('info', `“${open.draft.name}” is open again.`);
    },
  };

  return { store, actions, flush };
}

export type ScriptEditor = ReturnType<typeof createScriptEditor>;
