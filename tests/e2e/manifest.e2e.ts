/**
 * Nothing leaves the browser: the built manifest asks for host access to the
 * call sites only (to see which call the panel is beside), no content
 * scripts, and a whole interview makes no network request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { extensionPath, type Harness, launch } from './harness';
import { Panel } from './pages/panel';

let h: Harness | undefined;
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  h = undefined;
});

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

test('an interview makes no network request', async () => {
  h = await launch();
  const harness = h;
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const urls: string[] = [];
  harness.context.on('request', (request) => urls.push(request.url()));

  const p = new Panel(await harness.openPanel());
  await p.create('Evelyn Boyd Granville', 'Mathematician', 'https://ats.example/c/1');
  await p.explained().check();
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.goTo(3);
  await p.grid('Technical growth', 'learn').fill('Numerical analysis, see https://example.org/x.png');
  await p.goTo(4);
  await p.preferred('Mentoring').check();
  await p.goTo(5);
  await p.showOffers('Technical growth — Wants to learn or improve');
  await p.offer('Technical growth — Wants to learn or improve', 'People').fill('Our numerics group');
  await p.reaction().fill('Pleased <img src="https://example.org/pixel.gif">');
  await p.copySummary().click();
  await expect.poll(() => p.status().textContent()).toBe('Copied for Greenhouse');
  await p.page.reload();
  await p.interviewItem('Evelyn Boyd Granville').click();
  await expect.poll(() => p.reaction().inputValue()).toBe('Pleased <img src="https://example.org/pixel.gif">');

  // The listener works (the panel's own files are requests too), and nothing else was asked for.
  expect(urls.some((u) => u.startsWith(harness.url('')))).toBe(true);
  expect(urls.filter((u) => !/^(chrome-extension:\/\/|data:|blob:)/.test(u))).toEqual([]);
  expect(harness.errors).toEqual([]);
});
