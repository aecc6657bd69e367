import { createStore } from 'zustand/vanilla';
import { reasonOf } from '../../reason';
import { draftProblems, finishDraft } from '../../script/check';
import type { DraftScript } from '../../script/draft';
import type { DraftEntry } from '../../storage/drafts';
import { canonical } from '../../storage/scripts';
import { createStatusLine } from '../status-line';
import { editActions } from './edits';
import { openActions } from './open';
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

    ...openActions(ctx),
    ...editActions(ctx),
    ...saveActions(ctx),
  };

  return { store, actions, flush };
}

export type ScriptEditor = ReturnType<typeof createScriptEditor>;
