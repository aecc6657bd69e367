import { createStore } from 'zustand/vanilla';
import { reasonOf } from '../../reason';
import type { Script } from '../../script';
import { draftProblems, finishDraft } from '../../script/check';
import { blankDraft, type DraftScript, draftOf } from '../../script/draft';
import type { ScriptChoice } from '../../script/library';
import { kitScript, type PastedKit, slug } from '../../script/paste';
import type { DraftEntry } from '../../storage/drafts';
import { canonical } from '../../storage/scripts';
import { createStatusLine } from '../status-line';
import { editActions } from './edits';
import { saveActions } from './save';
import type { EditorContext, EditorDeps, EditorState, OpenDraft } from './state';

export type { DraftListing, EditorDeps, EditorState, OpenDraft } from './state';

/**
 * The options page's script editor (issue 18). Every edit is pure
 * (lib/script/edit.ts, ./edits.ts) and the draft is written as typed — at
 * once, one write at a time, the latest winning — so an edit is never lost; a
 * refused write is said and retried. "Save script" (./save.ts) turns a valid
 * draft into the next version.
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

  const ctx: EditorContext = {
    deps,
    now,
    getState,
    setState,
    say,
    show,
    change,
    write,
    flush,
    cancelRetry: () => clearTimeout(retry),
    leave,
    taken,
  };

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

    ...editActions(ctx),
    ...saveActions(ctx),
  };

  return { store, actions, flush };
}

export type ScriptEditor = ReturnType<typeof createScriptEditor>;
