/**
 * Nothing leaves the browser: the built manifest asks for host access to the
 * call sites only (to see which call the panel is beside) and no content
 * scripts. That no process of the extension makes a request is
 * tests/e2e/network.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { extensionPath } from './harness';

test('the built manifest asks for local-only permissions and the call sites, nothing more', () => {
  const manifest = JSON.parse(readFileSync(path.join(extensionPath, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  // Each one is explained in wxt.config.ts; none reaches a web page or the network.
  // Adding a permission means changing this line on purpose.
  expect(manifest.permissions).toEqual(['storage', 'sidePanel', 'alarms', 'unlimitedStorage']);
  // Only the URL of a call tab is readable; nothing is injected (no content scripts, no `tabs`, no <all_urls>).
  expect(manifest.host_permissions).toEqual([
    'https://meet.google.com/*',
    'https://*.zoom.us/*',
    'https://teams.microsoft.com/*',
    'https://teams.live.com/*',
  ]);
  expect(manifest).not.toHaveProperty('optional_permissions');
  expect(manifest).not.toHaveProperty('optional_host_permissions');
  expect(manifest).not.toHaveProperty('content_scripts');
  expect(manifest).not.toHaveProperty('externally_connectable');
});
