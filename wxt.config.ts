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
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    // The Firefox sources zip is what a reviewer rebuilds from: no screenshots, no test-only TLS key.
    excludeSources: ['tests/screenshots/**', 'tests/e2e/fixtures/*.key'],
  },
});
