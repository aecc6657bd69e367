/**
 * Every error the add-on's pages report — the sidebar's document, the
 * background page, its tabs — in real Firefox, from before the add-on is
 * installed. BiDi's `log` module sees only tabs, so this listens in Firefox
 * itself (chrome scope): uncaught errors and unhandled rejections are
 * `nsIScriptError`s, which every process forwards to the parent's console
 * service; `console.error` calls stay in their process, so a process script
 * in each content process (the extension process among them) forwards those
 * of the add-on. Both travel over the same channel from a process, in order.
 *
 * One report is Firefox's, not the add-on's: when an API call's promise
 * settles after its page has gone, Firefox's extension framework logs
 * "Promise resolved while context is inactive" or "… after context
 * unloaded" (`wrapPromise` in ExtensionCommon.sys.mjs) with the page's
 * caller as the source. The panel saves every keystroke, so a reload right
 * after typing leaves a `storage.local.set` in flight (seen in 4 of 10 runs);
 * it resolved, the write is in storage. Only that resolved case is left out:
 * a call that was refused after its page went ("Promise rejected …") counts.
 */
import { ID, origin } from './addon';
import type { Firefox } from './bidi';
import { evaluate } from './page';

export interface ConsoleErrors {
  /** What has been reported so far, each as `place (url): what`; place is sidebar, background, tab or unknown. */
  list(): Promise<string[]>;
}

/** Runs in every content process: the add-on's console.error and console.assert, with the window they belong to. */
const processScript = `
  const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
  storage.addLogEventListener((event) => {
    const m = event.wrappedJSObject ?? event;
    if (m.addonId !== ${JSON.stringify(ID)} || (m.level !== 'error' && m.level !== 'assert')) return;
    const text = (m.arguments ?? []).map((a) => { try { return String(a); } catch { return '?'; } }).join(' ');
    Services.cpmm.sendAsyncMessage('ri:console-error', { level: m.level, filename: m.filename, innerID: m.innerID, text });
  }, Services.scriptSecurityManager.getSystemPrincipal());
`;

/** Starts listening in Firefox's own window; call before installing the add-on. */
export async function watchConsole(ff: Firefox, chromeWindow: string): Promise<ConsoleErrors> {
  await evaluate(
    ff,
    chromeWindow,
    `
    if (window.__riConsole) return;
    const errors = (window.__riConsole = []);
    const origin = ${JSON.stringify(origin)};
    // Where a window is, looked up as the report arrives (a reloaded document is gone soon after).
    function where(innerWindowId) {
      const global = innerWindowId ? WindowGlobalParent.getByInnerWindowId(innerWindowId) : null;
      const url = global?.documentURI?.spec ?? '';
      const embedder = global?.browsingContext?.top?.embedderElement;
      const place = embedder?.id === 'webext-panels-browser' ? 'sidebar'
        : url.endsWith('/_generated_background_page.html') ? 'background'
        : embedder && gBrowser.getTabForBrowser(embedder) ? 'tab' : 'unknown';
      return { url, place };
    }
    Services.console.registerListener({
      observe(message) {
        if (!(message instanceof Ci.nsIScriptError)) return;
        if (message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
        const w = where(message.innerWindowID);
        if (!w.url.startsWith(origin) && !message.sourceName.startsWith(origin)) return;
        if (/^Promise resolved (while context is inactive|after context unloaded)\\s*$/.test(message.errorMessage)) return;
        const at = message.sourceName ? ' at ' + message.sourceName + ':' + message.lineNumber + ':' + message.columnNumber : '';
        errors.push(w.place + ' (' + (w.url || '?') + '): error ' + message.errorMessage.trim() + at);
      },
    });
    Services.ppmm.addMessageListener('ri:console-error', ({ data }) => {
      const w = where(data.innerID);
      errors.push(w.place + ' (' + (w.url || data.filename) + '): console.' + data.level + ' ' + data.text);
    });
    // Also offered to the parent process, which refuses a data: script with an error of its own (not the add-on's).
    Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(${JSON.stringify(processScript)}), true);
    `,
  );
  return { list: () => evaluate<string[]>(ff, chromeWindow, 'return window.__riConsole;') };
}
