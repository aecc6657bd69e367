import { defineConfig } from 'wxt';

// The permission list is part of the product's promise (nothing leaves the
// browser), so it is kept here as code and checked by a test against the
// built manifest: `storage` for the notes, `sidePanel` for the panel itself.
export const PERMISSIONS = ['storage', 'sidePanel'] as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where `browser` and `defineBackground` come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Reverse Interview',
    description:
      'Walks the interviewer through a Reverse Interview beside the call, keeps every answer, and copies an ATS-ready summary.',
    permissions: browser === 'firefox' ? ['storage'] : [...PERMISSIONS],
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
  },
});
