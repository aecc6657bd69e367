/**
 * The Firefox build in real Firefox (Debian's firefox-esr, headless), in the
 * REAL sidebar, opened the ways a user opens it (issue 19, item 5): the
 * options page's "Open side panel" (`sidebarAction.open` from a click) and the
 * add-on's shortcut Alt+Shift+O. Beside a Meet stand-in, the sidebar starts an
 * interview linked to the call, keeps an answer typed in it over a reload of
 * its document, and shows "Call ended" when the call's tab closes. No page of
 * the add-on — the sidebar, the background, its tabs — reports an error.
 *
 * The sidebar is driven from Firefox's own window (tests/firefox/sidebar.ts:
 * accessibility tree, trusted keys); what it shows is read from its document,
 * which an options tab reaches through `extension.getViews`.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type CallSites, startCallSites } from '../e2e/call-sites';
import { browserWindow, fixedOrigin, ID, install, openExtensionTab, origin } from './addon';
import { type Firefox, startFirefox, startTunnel } from './bidi';
import { type ConsoleErrors, watchConsole } from './console';
import { evaluate, eventually } from './page';
import { inSidebarDocument, type Sidebar, sidebar } from './sidebar';

const SIDEBAR_ID = 'reverse-interview_example_org-sidebar-action';
const MEETING = 'https://meet.google.com/abc-defg-hij';
const CANDIDATE = 'Mary Somerville';
const NOTE = 'Note on how they took it (optional)';
const ANSWER = 'Asked at once about the mentoring.';

let ff: Firefox;
let chromeWindow: string;
let bar: Sidebar;
let consoleErrors: ConsoleErrors;
/** An options tab: the page with "Open side panel", and the way into the sidebar's document. */
let options: string;
let sites: CallSites;
let tunnel: Awaited<ReturnType<typeof startTunnel>>;

beforeAll(async () => {
  sites = await startCallSites();
  tunnel = await startTunnel(sites.port);
  ff = await startFirefox({
    ...fixedOrigin,
    // Every HTTPS request goes through the tunnel to the local call stand-ins: nothing leaves the machine.
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': tunnel.port,
    'network.proxy.no_proxies_on': '',
  });
  chromeWindow = await browserWindow(ff);
  consoleErrors = await watchConsole(ff, chromeWindow);
  expect(await install(ff)).toBe(ID);
  bar = sidebar(ff, chromeWindow);
  // Firefox opens a newly installed add-on's sidebar by itself: close it, so that the tests open it.
  await bar.ui(`await __ri.until('the sidebar Firefox opens at install', () => SidebarController.isOpen);`);
  await bar.close();
  options = await openExtensionTab(ff, chromeWindow, 'options.html');
});
afterAll(async () => {
  await ff?.close();
  await tunnel?.close();
  await sites?.close();
});

const inOptions = <T>(body: string) => evaluate<T>(ff, options, body);
const inSidebar = <T>(body: string) => inSidebarDocument<T>(ff, options, body);
/** The sidebar Firefox shows: which add-on's, and the page in it. */
const shown = () =>
  bar.ui(`return SidebarController.isOpen ? { id: SidebarController.currentID, url: __ri.panel()?.currentURI?.spec } : null;`);

/** A trusted click (BiDi input actions are user input to Firefox) in the middle of the options page's button. */
async function clickInOptions(name: string): Promise<void> {
  const { x, y } = await inOptions<{ x: number; y: number }>(`
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
    const box = button.getBoundingClientRect();
    return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  `);
  await ff.send('input.performActions', {
    context: options,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        actions: [
          { type: 'pointerMove', x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

test('the options page opens the real sidebar (sidebarAction.open, from a click only), and it shows the panel', async () => {
  const manifest = await inOptions<Record<string, unknown>>('return browser.runtime.getManifest();');
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.sidebar_action).toMatchObject({ default_panel: `${origin}sidepanel.html` });
  expect(manifest).not.toHaveProperty('side_panel');
  expect(manifest.browser_specific_settings).toMatchObject({
    gecko: { id: ID, data_collection_permissions: { required: ['none'] } },
  });

  const button = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Open side panel')`;
  const message = () => inOptions<string>(`return ${button}.parentElement.querySelector('[aria-live]').textContent;`);
  await eventually(async () => expect(await inOptions(`return ${button}.disabled;`)).toBe(false));
  // A click made by script is no user action: Firefox refuses to open the sidebar, and the page says so.
  await inOptions(`${button}.click();`);
  await eventually(async () => expect(await message()).toMatch(/^Could not open the side panel: .*user input/));
  expect(await shown()).toBeNull();

  await clickInOptions('Open side panel');
  await eventually(async () => expect(await message()).toBe('The side panel is open.'));
  await eventually(async () => expect(await shown()).toEqual({ id: SIDEBAR_ID, url: `${origin}sidepanel.html` }));
  await bar.ui(`await __ri.waitFind('heading', 'Interviews');`);
  // Not beside a call (the active tab is the options page): no banner.
  expect(await inSidebar(`return document.querySelector('[aria-label="This call"]') === null;`)).toBe(true);
  await bar.close();
});

test('in the sidebar opened with Alt+Shift+O beside a Meet tab: a linked interview, an answer kept over a reload, "Call ended" when the tab closes, and no error', async () => {
  await bar.ui(`
    window.__callTab = gBrowser.addTab(${JSON.stringify(MEETING)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    });
    gBrowser.selectedTab = window.__callTab;
  `);
  await eventually(() => expect(sites.requests).toContain(MEETING));
  await bar.close();
  expect(await shown()).toBeNull();
  await bar.open(); // with the shortcut, as it is closed
  await eventually(async () => expect(await shown()).toEqual({ id: SIDEBAR_ID, url: `${origin}sidepanel.html` }));

  // The panel reads the call's URL through the host permission and offers the interview for it.
  await eventually(async () =>
    expect(await inSidebar(`return document.querySelector('[aria-label="This call"] p')?.textContent;`)).toBe(
      'Next to Google Meet abc-defg-hij',
    ),
  );
  await bar.ui(`
    (await __ri.waitFind('pushbutton', 'Start interview for this call')).doAction(0);
    const name = await __ri.waitFind('entry', 'Candidate name');
    name.takeFocus();
    await __ri.until('focus in the name', () => __ri.focused(name));
  `);
  expect(
    await inSidebar(
      `return [...document.querySelectorAll('input[type=checkbox]')].map((c) => [c.labels[0]?.textContent, c.checked]);`,
    ),
  ).toEqual([['Link to this call', true]]);
  await bar.ui(`
    const name = await __ri.waitFind('entry', 'Candidate name');
    __ri.type(${JSON.stringify(CANDIDATE)});
    await __ri.until('the name typed', () => name.value === ${JSON.stringify(CANDIDATE)});
    (await __ri.waitFind('pushbutton', 'Start interview')).doAction(0);
  `);
  await bar.type(NOTE, ANSWER);

  // Reloaded as soon as the textbox shows the last key: the new document has the answer.
  await bar.reload();
  // From here on, every "Call ended" heading that comes into the new document, however briefly, is counted.
  await inSidebar(`
    view.__riCallEnded = 0;
    const isCallEnded = (n) => n.nodeType === 1 && [n, ...n.querySelectorAll('h1')].some((h) => h.tagName === 'H1' && h.textContent.trim() === 'Call ended');
    new view.MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (isCallEnded(n)) view.__riCallEnded += 1;
    }).observe(document.body, { childList: true, subtree: true });
  `);
  await bar.ui(`(await __ri.waitFind('pushbutton', 'Resume interview with ${CANDIDATE}')).doAction(0);`);
  const note = `[...document.querySelectorAll('textarea')].find((t) => t.labels[0]?.textContent === ${JSON.stringify(NOTE)})`;
  await eventually(async () => expect(await inSidebar(`return ${note}?.value;`)).toBe(ANSWER));
  const stored = await inOptions<{ calls?: { links: Record<string, unknown> } }>('return browser.storage.local.get("calls");');
  expect(Object.keys(stored.calls?.links ?? {})).toEqual(['meet:abc-defg-hij']);

  // The call's tab closes: "Call ended", once, with the answer in the summary.
  expect(await inSidebar(`return document.querySelector('h1')?.textContent;`)).toMatch(/^Step 1 of 5/);
  expect(await inSidebar('return view.__riCallEnded;')).toBe(0);
  await bar.ui('gBrowser.removeTab(window.__callTab);');
  await eventually(async () => expect(await inSidebar(`return document.querySelector('h1')?.textContent;`)).toBe('Call ended'));
  expect(await inSidebar('return view.__riCallEnded;')).toBe(1);
  const preview = await inSidebar<string>(`return document.querySelector('[aria-label="Summary preview"]')?.textContent;`);
  expect(preview).toContain(CANDIDATE);
  expect(preview).toContain(ANSWER);

  // The watch sees what it is there to see: an error from the sidebar's document, one from the background, an
  // unhandled rejection. Made last, they also arrive last: once they are in, everything before them is.
  await inSidebar(`
    view.console.error('probe: sidebar');
    browser.extension.getBackgroundPage().console.error('probe: background');
    view.Promise.reject(new view.Error('probe: rejection'));
  `);
  const errors = await eventually(async () => {
    const now = await consoleErrors.list();
    expect(now.filter((e) => e.includes('probe: '))).toHaveLength(3);
    return now;
  });
  expect(errors.filter((e) => !e.includes('probe: '))).toEqual([]);
  expect(errors).toEqual(
    expect.arrayContaining([
      `sidebar (${origin}sidepanel.html): console.error probe: sidebar`,
      `background (${origin}_generated_background_page.html): console.error probe: background`,
      expect.stringMatching(/: error Error: probe: rejection at moz-extension:/),
    ]),
  );
});
