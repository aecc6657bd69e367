import { DEFAULT_SETTINGS } from '../../storage/defaults';
import type { InterviewsState } from './state';

/**
 * The state before anything is read, with nothing that needs the scripts or
 * zod: the side panel's first chunk starts the list with it (shell.ts), and
 * the store takes it over when the rest of the panel has loaded.
 */

/** Back on the list with nothing open: leaving an interview, or after "Erase all data". */
export const nothingOpen = { screen: 'list', openId: null, interview: null, script: null, openProblem: null } as const;

export const listInitial: InterviewsState = {
  phase: 'loading',
  entries: [],
  head: null,
  problems: [],
  ...nothingOpen,
  save: 'saved',
  saveError: null,
  storageFull: false,
  status: null,
  settings: DEFAULT_SETTINGS,
  scriptChoices: [],
  orgScripts: [],
  query: '',
  filter: 'active',
  textMatches: null,
  undo: null,
};
