import { defineConfig } from 'wxt';

// The permission list is part of the product's promise (nothing leaves the
// browser), so it is kept here as code and checked by a test against the
// built manifest:
// - `storage`: the notes; `sidePanel`: the panel itself;
// - `alarms`: the daily retention run (retention is off unless the user sets it);
// - `unlimitedStorage`: Chrome caps `storage.local` at 10 MB otherwise. Months
//   of interviews can approach that, and a refused write is the one failure
//   this product must not have. It shows no install warning in Chrome. The
//   quota path is still handled (a full disk refuses writes too).
export const PERMISSIONS = ['storage', 'sidePanel', 'alarms', 'unlimitedStorage'] as const;
// Firefox keeps extension storage without a fixed quota and would prompt for
// `unlimitedStorage`, so it gets only what it uses.
export const FIREFOX_PERMISSIONS = ['storage', 'alarms'] as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where `browser` and `defineBackground` come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Reverse Interview',
    description:
      'Walks the interviewer through a Reverse Interview beside the call, keeps every answer, and copies an ATS-ready summary.',
    permissions: browser === 'firefox' ? [...FIREFOX_PERMISSIONS] : [...PERMISSIONS],
    action: { default_title: 'Open Reverse Interview' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'reverse-interview@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
    // Keyboard-first (issue 6): a shortcut that opens the panel, as the
    // toolbar button does. Alt+Shift+O is free in Chrome and Firefox on every
    // platform (Cmd+Shift+O is Chrome's bookmark manager on macOS) and in
    // Meet, Zoom and Teams; users can change it at chrome://extensions/shortcuts.
    // Firefox's sidebar (MV2 or MV3) has its own special command.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Open Reverse Interview',
      },
    },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
  },
});
