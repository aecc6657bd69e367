import type { Script } from '../../script';
import type { DraftProblem } from '../../script/check';
import type { DraftScript } from '../../script/draft';
import type * as edit from '../../script/edit';
import type { DraftEntry, ScriptDrafts } from '../../storage/drafts';
import type { Scripts } from '../../storage/scripts';
import type { ScriptsStore } from '../scripts';
import type { Status } from '../status-line';

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

/** What the editor's parts share: the store, the status line, and the open draft's way to storage. */
export interface EditorContext {
  deps: EditorDeps;
  now: () => number;
  getState(): EditorState;
  setState(partial: Partial<EditorState>): void;
  say(tone: Status['tone'], text: string): void;
  /** Shows a draft (or none) with its problems. */
  show(open: OpenDraft | null, extra?: Partial<EditorState>): void;
  /** A change to the open draft: shown at once, its problems said, written as typed. */
  change(next: DraftScript, extra?: Partial<EditorState>): void;
  write(open: OpenDraft): Promise<void>;
  /** Waits for the open draft to be written (or refused). */
  flush(): Promise<void>;
  /** Stops trying again a write storage refused (the draft is gone). */
  cancelRetry(): void;
  /** Before another draft opens: the open one written, or the switch refused while it cannot be. */
  leave(): Promise<boolean>;
  /** Ids already taken by a script, a version or a draft. */
  taken(): Set<string>;
}
