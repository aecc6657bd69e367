/**
 * The Firefox build in real Firefox (Debian's firefox-esr, headless): the
 * add-on installs, its background runs, the sidebar page renders, an
 * interview is started and saved to storage and is there after a reload, and
 * beside a Meet stand-in the panel links an interview and shows "Call ended".
 * Firefox's own UI (chrome scope, `--remote-allow-system-access`) opens the
 * real sidebar and a tab with the same page, which the test then drives.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type CallSites, startCallSites } from '../e2e/call-sites';
import { type Firefox, startFirefox, startTunnel } from './bidi';
import { byText, evaluate, eventually, heading, typeInto } from './page';

const addon = path.resolve(
  process.env.FIREFOX_EXTENSION_PATH ?? fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url)),
);
const ID = 'reverse-interview@example.org';
// A fixed internal UUID, so the test knows the add-on's moz-extension:// origin.
const UUID = '6a1c3e52-2f0b-4d7e-9b61-0c1f6a9e4d2b';
const origin = `moz-extension://${UUID}/`;

let ff: Firefox;
let context: string;
let chromeWindow: string;
let sites: CallSites;
let tunnel: Awaited<ReturnType<typeof startTunnel>>;

beforeAll(async () => {
  sites = await startCallSites();
  tunnel = await startTunnel(sites.port);
  ff = await startFirefox({
    'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }),
    // Every HTTPS request goes through the tunnel to the local call stand-ins: nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': tunnel.port,
    'network.proxy.no_proxies_on': '',
  });
  const installed = await ff.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: addon },
  });
  expect(installed.extension).toBe(ID);
  const tree = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  chromeWindow = tree.contexts[0]?.context ?? '';
});
afterAll(async () => {
  await ff?.close();
  await tunnel?.close();
  await sites?.close();
});

const inPage = <T>(body: string) => evaluate<T>(ff, context, body);
/** Firefox's own window (chrome scope): its sidebar and tab strip. */
const inBrowserUi = <T>(body: string) => evaluate<T>(ff, chromeWindow, body);

test('the Firefox sidebar shows the panel, and the panel saves an interview', async () => {
  // The add-on's sidebar (sidebar_action) is registered with Firefox and shows sidepanel.html.
  const sidebarId = 'reverse-interview_example_org-sidebar-action';
  // Retried: right after the install Firefox may still be setting up the sidebar's own document.
  await eventually(() => inBrowserUi(`await SidebarController.show(${JSON.stringify(sidebarId)});`));
  await eventually(async () =>
    expect(
      await inBrowserUi(`
          const frame = document.getElementById('sidebar');
          const panel = frame?.contentDocument?.getElementById('webext-panels-browser');
          return { shown: SidebarController.currentID, url: panel?.currentURI?.spec, title: panel?.contentTitle };
        `),
    ).toEqual({ shown: sidebarId, url: `${origin}sidepanel.html`, title: 'Reverse Interview' }),
  );

  // The same page in a tab, opened by Firefox itself (BiDi may not navigate to moz-extension:// pages).
  await inBrowserUi(`
    gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(`${origin}sidepanel.html`)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    });
  `);
  context = await eventually(async () => {
    const tree = await ff.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree');
    const tab = tree.contexts.find((c) => c.url === `${origin}sidepanel.html`);
    if (!tab) throw new Error('no panel tab yet');
    return tab.context;
  });
  const manifest = await inPage<Record<string, unknown>>('return browser.runtime.getManifest();');
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.sidebar_action).toMatchObject({ default_panel: `${origin}sidepanel.html` });
  expect(manifest).not.toHaveProperty('side_panel');
  expect(manifest.browser_specific_settings).toMatchObject({
    gecko: { id: ID, data_collection_permissions: { required: ['none'] } },
  });

  await eventually(async () => expect(await inPage(heading)).toBe('Interviews'));
  await inPage(`${byText('button', 'New interview')}.click();`);
  await eventually(async () => expect(await inPage(heading)).toBe('New interview'));
  await inPage(`${typeInto('Candidate name', 'Mary Somerville')} ${byText('button', 'Start interview')}.click();`);
  await eventually(async () => expect(await inPage(heading)).toMatch(/^Step 1 of 5/));

  await eventually(async () => {
    const stored = await inPage<Record<string, { fields?: Record<string, { v: unknown }> }>>(
      'return browser.storage.local.get(null);',
    );
    const candidates = Object.entries(stored)
      .filter(([k]) => k.startsWith('interview:'))
      .map(([, v]) => v.fields?.candidate?.v);
    expect(candidates).toEqual(['Mary Somerville']);
  });

  // Not beside a call (the active tab is the panel itself): no banner, and no error from following tabs.
  await ff.send('browsingContext.reload', { context, wait: 'complete' });
  await eventually(async () =>
    expect(await inPage(`return [...document.querySelectorAll('button')].map((b) => b.textContent);`)).toEqual(
      expect.arrayContaining([expect.stringContaining('Mary Somerville')]),
    ),
  );
  expect(await inPage(`return document.querySelector('[aria-label="This call"]') === null;`)).toBe(true);
});

test('beside a Meet tab in Firefox, the panel links an interview and shows "Call ended" when the tab closes', async () => {
  // The panel tab from the first test stays open; a Meet tab opens beside it in the same window and is active.
  await inBrowserUi(`
    window.__callTab = gBrowser.addTab('https://meet.google.com/abc-defg-hij', {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    });
    gBrowser.selectedTab = window.__callTab;
  `);
  // The panel (now a background tab, like a sidebar beside the call) reads the call's URL through the host permission.
  await eventually(async () =>
    expect(await inPage(`return document.querySelector('[aria-label="This call"] p')?.textContent;`)).toBe(
      'Next to Google Meet abc-defg-hij',
    ),
  );
  expect(sites.requests).toContain('https://meet.google.com/abc-defg-hij');
  await inPage(`${byText('button', 'Start interview for this call')}.click();`);
  await eventually(async () => expect(await inPage(heading)).toBe('New interview'));
  expect(
    await inPage(
      `return [...document.querySelectorAll('input[type=checkbox]')].map((c) => [c.labels?.[0]?.textContent, c.checked]);`,
    ),
  ).toEqual([['Link to this call', true]]);
  await inPage(`${typeInto('Candidate name', 'Caroline Herschel')} ${byText('button', 'Start interview')}.click();`);
  await eventually(async () => {
    const stored = await inPage<{ calls?: { links: Record<string, unknown> } }>('return browser.storage.local.get("calls");');
    expect(Object.keys(stored.calls?.links ?? {})).toEqual(['meet:abc-defg-hij']);
  });

  await inBrowserUi('gBrowser.removeTab(window.__callTab);');
  await eventually(async () => expect(await inPage(heading)).toBe('Call ended'));
  expect(await inPage(`return document.querySelector('[aria-label="Summary preview"]')?.textContent;`)).toContain(
    'Caroline Herschel',
  );
});
