import type { StoreApi } from 'zustand/vanilla';
import type { RichText } from '../../clipboard';
import type { IndexEntry } from '../../interview/entry';
import type { Interview } from '../../interview/schema';
import type { Script } from '../../script';
import type { ScriptChoice } from '../../script/library';
import type { Problem } from '../../storage/parse';
import type { ManagedSource } from '../../storage/port';
import type { Settings } from '../../storage/registry';
import type { Repository } from '../../storage/repository';
import type { StatusFilter, TextMatches } from '../library';
import type { Status } from '../status-line';
import type { ConnectHandoff } from './held';

export type { Status } from '../status-line';

export type Screen = 'list' | 'new' | 'interview';
export type SaveState = 'saved' | 'saving' | 'failed';

export interface InterviewsState {
  phase: 'loading' | 'ready';
  entries: IndexEntry[];
  /**
   * Set while `entries` holds only the list's first page, drawn from the stored list head
   * before the index has been read (lib/storage/list-head.ts): how many there are in all, and in progress.
   */
  head: { total: number; active: number } | null;
  /** Stored data that failed validation; kept as it was and shown to the user. */
  problems: Problem[];
  screen: Screen;
  openId: string | null;
  interview: Interview | null;
  /**
   * The open interview's script, resolved once when it is read. Null while
   * nothing is open, and when the interview names a script this panel does
   * not have: then it is shown as not available and nothing is written.
   */
  script: Script | null;
  /** Set when the open interview's stored record cannot be read. */
  openProblem: Problem | null;
  save: SaveState;
  saveError: string | null;
  /** The last write was refused because storage is full. */
  storageFull: boolean;
  status: Status | null;
  settings: Settings;
  /** What "Script" offers a new interview: the built-in scripts, the organisation's, then the interviewer's own (read when the form opens). */
  scriptChoices: ScriptChoice[];
  /** The organisation's scripts from policy, as read when the form opened. */
  orgScripts: Script[];
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
  /** The script chosen in "Script" (its latest version); unset: the default chosen in options. */
  script?: { id: string; version: number };
}

export interface StoreDeps {
  /** The state to take over (the side panel's list shell); a new one when unset. */
  store?: StoreApi<InterviewsState>;
  /** The page's one repository; it stamps and recognises this page's writes. */
  repository: Repository;
  clock: () => number;
  newId: () => string;
  copy: (content: RichText) => Promise<'clipboard-api' | 'copy-command'>;
  /** How long "Undo" is offered after a delete. */
  undoMs?: number;
  /** How long an info message stays in the status line. */
  infoMs?: number;
  /** While storage is full, how often the refused text is offered to storage again. */
  retryMs?: number;
  /** The organisation's scripts (managed storage `scripts`), offered read-only in "Script". */
  managedScripts?: ManagedSource;
  /** Opens the options page, where unreadable records are listed and exported. */
  openOptions?: () => Promise<void>;
  /** Awaited before each background write (the panel: the next frame); see `WriterHooks.pace`. */
  pace?: () => Promise<void>;
  /**
   * Opens a port to the background, which saves the text this page holds if
   * the page closes before storage has it (issue 22). Without it, only the
   * page's own writes save.
   */
  handoff?: ConnectHandoff;
  /** Awaited before start-up upkeep (index repair), so it never delays the first screen (the panel: idle after a frame). */
  afterFirstScreen?: () => Promise<void>;
}

/** What the parts of the interviews store share: the one state, its dependencies and the status line. */
export interface Context {
  deps: StoreDeps;
  getState: StoreApi<InterviewsState>['getState'];
  setState: StoreApi<InterviewsState>['setState'];
  say(tone: Status['tone'], text: string): void;
  /** An info message about the screen or step being left would be stale on the next; errors stay. */
  staleInfo(): Partial<InterviewsState>;
}
