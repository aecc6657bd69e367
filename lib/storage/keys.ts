/**
 * The names of the keys this extension keeps in `storage.local`. The
 * registry (registry.ts) declares each with its schema; the names sit here,
 * in a module with no imports, because the panel's prefetch script
 * (entrypoints/panel-prefetch.ts) needs them and must stay a few hundred bytes.
 */
export const KEYS = {
  index: 'index',
  settings: 'settings',
  calls: 'calls',
  catalogue: 'catalogue',
  quarantine: 'quarantine',
  scripts: 'scripts',
  drafts: 'scriptDrafts',
  listHead: 'listHead',
} as const;

/** One record per interview: `interview:<id>`. */
export const INTERVIEW_PREFIX = 'interview:';

/** One key per version of a script, written once: `script:<id>@<version>`. */
export const SCRIPT_PREFIX = 'script:';

/** What the panel's stores read at start-up, fetched in one call before their code loads (prefetch.ts). */
export const PANEL_START_KEYS = [KEYS.index, KEYS.settings, KEYS.calls, KEYS.catalogue] as const;

/**
 * Read in a call of its own before those: the list's first page (list-head.ts),
 * a few kB, which the browser hands over well before a 2,000-entry index.
 */
export const PANEL_FIRST_KEYS = [KEYS.listHead] as const;
