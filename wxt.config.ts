import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { callMatches } from './lib/call/detect';

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
// Call awareness: host access to the call sites only (lib/call/detect.ts), so
// the panel can read the URL of a Meet, Zoom or Teams tab beside it and no
// other. No `tabs`, no content scripts, no <all_urls>: nothing is injected
// into the call and no page content is read.
export const HOST_PERMISSIONS = [...callMatches];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where `browser` and `defineBackground` come from.
  imports: false,
  // Firefox too: MV3 keeps one manifest shape, and its sidebar_action works there (Firefox 142+, see gecko below).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Reverse Interview',
    description:
      'Walks the interviewer through a Reverse Interview beside the call, keeps every answer, and copies an ATS-ready summary.',
    permissions: browser === 'firefox' ? [...FIREFOX_PERMISSIONS] : [...PERMISSIONS],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: 'Open Reverse Interview' },
    // An administrator pushes the company's offerings catalogue through policy
    // (docs/teams.md). Chrome only: Firefox reads managed storage from a
    // native manifest file and takes no schema in the extension's manifest.
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed_schema.json' },
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
  hooks: {
    // Each page is its own Vite build, so the side panel loads one script and
    // one stylesheet, not a chunk shared with the options page, a runtime
    // chunk and two stylesheets. Issue 7: each request costs a cold panel's
    // main thread time (traces: about 12 ms of CPU in all), and the single
    // chunk is 2 kB smaller gzipped. tests/e2e/prefetch.e2e.ts checks it.
    'entrypoints:grouped': (_wxt, groups) => {
      const split = groups.flatMap((group): (typeof groups)[number][] =>
        Array.isArray(group) ? group.map((entry) => [entry]) : [group],
      );
      groups.splice(0, groups.length, ...split);
    },
    // `imports: false` does not remove WXT's auto-import plugin: it still
    // injected `wxt/utils/storage` (2.9 kB gzip) into the side panel because
    // the repository has a parameter named `storage`. Every import here is
    // explicit, so the plugin has nothing to do (issue 7, `npm run bench`).
    'vite:build:extendConfig': (_entrypoints, config) => {
      config.plugins = withoutAutoImports(config.plugins);
    },
    'vite:devServer:extendConfig': (config) => {
      config.plugins = withoutAutoImports(config.plugins);
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    // The Firefox sources zip is what a reviewer rebuilds from (docs/sources.md): no screenshots, no test-only TLS
    // key, and none of the git-ignored files a working copy may hold (WXT zips the directory, not what git tracks).
    excludeSources: [
      'tests/screenshots/**',
      'docs/store/**',
      'tests/e2e/fixtures/*.key',
      'bench/results.json',
      'bench/spread.json',
      'stats.html',
      '**/*.log',
    ],
  },
});

function withoutAutoImports(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? [])
    .flat(Number.POSITIVE_INFINITY as 1)
    .filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'unimport')) as PluginOption[];
}
