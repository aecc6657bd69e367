/**
 * The built Firefox add-on in a started Firefox: where it is, the fixed
 * origin it gets, installing it, and opening one of its pages in a tab.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Firefox } from './bidi';
import { eventually } from './page';

export const ID = 'reverse-interview@example.org';
// A fixed internal UUID, so the test knows the add-on's moz-extension:// origin.
const UUID = '6a1c3e52-2f0b-4d7e-9b61-0c1f6a9e4d2b';
export const origin = `moz-extension://${UUID}/`;

/** The profile pref that gives the add-on that UUID; pass it to `startFirefox`. */
export const fixedOrigin = { 'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }) };

/** Installs the build (`FIREFOX_EXTENSION_PATH`, or .output/firefox-mv3) and returns the id Firefox reports. */
export async function install(ff: Firefox): Promise<string> {
  const addon = path.resolve(
    process.env.FIREFOX_EXTENSION_PATH ?? fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url)),
  );
  const installed = await ff.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: addon },
  });
  return installed.extension;
}

/** Firefox's own window (chrome scope): its sidebar, tab strip and shortcuts. */
export async function browserWindow(ff: Firefox): Promise<string> {
  const tree = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  return tree.contexts[0]?.context ?? '';
}

/**
 * Opens `page` (e.g. `options.html`) of the add-on in a new selected tab and returns its browsing
 * context. Firefox's own window opens it: BiDi may not navigate to moz-extension:// pages.
 */
export async function openExtensionTab(ff: Firefox, chromeWindow: string, page: string): Promise<string> {
  const url = `${origin}${page}`;
  await ff.send('script.evaluate', {
    expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    }); 0`,
    target: { context: chromeWindow },
    awaitPromise: false,
  });
  return eventually(async () => {
    const tree = await ff.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree');
    const tab = tree.contexts.find((c) => c.url === url);
    if (!tab) throw new Error(`no ${page} tab yet`);
    return tab.context;
  });
}
