/**
 * The REAL Firefox sidebar, driven as a user drives it: the add-on's
 * shortcut (Alt+Shift+O) opens it, controls are found in the accessibility
 * tree by role and name, keys are typed with `nsITextInputProcessor` (trusted
 * key events, what BiDi key actions use), and `SidebarController.hide()`
 * closes it. BiDi does not list the sidebar's page as a browsing context, so
 * all of this runs in Firefox's own window (chrome scope, which needs
 * `--remote-allow-system-access`; tests/firefox/bidi.ts starts Firefox so).
 */
import type { Firefox } from './bidi';
import { evaluate } from './page';

/**
 * Installed once in the browser window as `window.__ri`: finding accessibles
 * in the sidebar's document, typing, the shortcut. Plain chrome-scope JS.
 */
const helpers = `
if (!window.__ri) {
  const acc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const panel = () => document.getElementById('sidebar')?.contentDocument?.getElementById('webext-panels-browser');
  const roleOf = (a) => { try { return acc.getStringRole(a.role); } catch { return ''; } };
  const nameOf = (a) => { try { return a.name ?? ''; } catch { return ''; } };
  function find(role, name) {
    const browser = panel();
    if (!browser) return null;
    const stack = [acc.getAccessibleFor(browser)];
    while (stack.length > 0) {
      const a = stack.pop();
      if (!a) continue;
      const n = nameOf(a);
      if (roleOf(a) === role && (typeof name === 'string' ? n === name : name.test(n))) return a;
      try { for (let c = a.lastChild; c; c = c.previousSibling) stack.push(c); } catch {}
    }
    return null;
  }
  async function until(what, check, ms = 15000) {
    const end = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > end) throw new Error('timed out waiting for ' + what);
      await sleep(5);
    }
  }
  const waitFind = (role, name) => until(role + ' ' + name, () => find(role, name));
  const focused = (a) => { const s = {}; try { a.getState(s, {}); } catch { return false; } return (s.value & Ci.nsIAccessibleStates.STATE_FOCUSED) !== 0; };
  const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
  const NON_PRINTABLE = Ci.nsITextInputProcessor.KEY_NON_PRINTABLE_KEY;
  function begin() { if (!tip.beginInputTransactionForTests(window)) throw new Error('nsITextInputProcessor is busy'); }
  function type(text) {
    begin();
    for (const key of text) {
      const event = new KeyboardEvent('', { key });
      tip.keydown(event);
      tip.keyup(event);
    }
  }
  /** The add-on's command: Alt+Shift+O toggles its sidebar. */
  function shortcut() {
    begin();
    const alt = new KeyboardEvent('', { key: 'Alt', code: 'AltLeft', keyCode: 18 });
    const shift = new KeyboardEvent('', { key: 'Shift', code: 'ShiftLeft', keyCode: 16 });
    const o = new KeyboardEvent('', { key: 'O', code: 'KeyO', keyCode: 79 });
    tip.keydown(alt, NON_PRINTABLE);
    tip.keydown(shift, NON_PRINTABLE);
    tip.keydown(o);
    tip.keyup(o);
    tip.keyup(shift, NON_PRINTABLE);
    tip.keyup(alt, NON_PRINTABLE);
  }
  window.__ri = { find, waitFind, until, focused, type, shortcut, sleep, panel };
}
`;

export interface Sidebar {
  /** Runs an async function body in the browser window, with `__ri` (the helpers above) installed. */
  ui<T>(body: string): Promise<T>;
  /** Opens the sidebar with the shortcut (if closed) and waits for the panel's list. */
  open(): Promise<void>;
  /**
   * Focuses the textbox named `label`, puts the caret at its end, types `text`
   * and closes the sidebar as soon as the field shows the last character.
   * Returns the field's text before typing.
   */
  typeAndClose(label: string, text: string): Promise<string>;
  /** The same, and the sidebar stays open. */
  type(label: string, text: string): Promise<void>;
  /** Closes the sidebar as its close button does. */
  close(): Promise<void>;
  /** Reloads the sidebar's document in place and waits for the new document's first heading. */
  reload(): Promise<void>;
}

/**
 * Runs an async function body with `view` and `document` bound to the sidebar page's own window
 * and document, from an extension tab's context: `extension.getViews({type: 'sidebar'})` hands an
 * extension page the sidebar's window (same process, same origin), which BiDi cannot reach.
 */
export function inSidebarDocument<T>(ff: Firefox, extensionTab: string, body: string): Promise<T> {
  return evaluate<T>(
    ff,
    extensionTab,
    `const [view] = browser.extension.getViews({ type: 'sidebar' });
     if (!view) throw new Error('no sidebar page is open');
     const document = view.document;
     ${body}`,
  );
}

export function sidebar(ff: Firefox, chromeWindow: string): Sidebar {
  const ui = <T>(body: string) => evaluate<T>(ff, chromeWindow, `${helpers}\n${body}`);

  /** Types at the end of the textbox; resolves (or closes the sidebar) once the textbox shows the last key. */
  function typeInto(label: string, text: string, close: boolean): Promise<string> {
    return ui<string>(`
      const box = await __ri.waitFind('entry', ${JSON.stringify(label)});
      const before = box.value;
      box.takeFocus();
      await __ri.until('focus in the textbox', () => __ri.focused(box));
      const caret = box.QueryInterface(Ci.nsIAccessibleText);
      // Set only when it is elsewhere: the request reaches the page later, and one made when the caret
      // was already there would move it back in the middle of the typing.
      if (caret.caretOffset !== before.length) caret.caretOffset = before.length;
      await __ri.until('the caret at the end', () => caret.caretOffset === before.length);
      const typed = ${JSON.stringify(text)};
      // The page has taken the last key once its textbox shows it: close at once, from the
      // accessibility event that says so (no polling interval between the two).
      const shown = () => { try { return box.value === before + typed; } catch { return false; } };
      const done = new Promise((resolve) => {
        const observer = {
          observe() {
            if (!shown()) return;
            if (${close}) SidebarController.hide();
            Services.obs.removeObserver(observer, 'accessible-event');
            resolve();
          },
        };
        Services.obs.addObserver(observer, 'accessible-event');
      });
      __ri.type(typed);
      await Promise.race([done, __ri.sleep(10000).then(() => {
        let now = '(gone)';
        try { now = box.value; } catch {}
        throw new Error('the textbox never showed ' + JSON.stringify(before + typed) + ', it shows ' + JSON.stringify(now));
      })]);
      return before;
    `);
  }

  return {
    ui,
    async open() {
      await ui(`
        if (!SidebarController.isOpen) __ri.shortcut();
        await __ri.until('the sidebar', () => SidebarController.isOpen);
        await __ri.waitFind('heading', 'Interviews');
      `);
    },
    typeAndClose: (label, text) => typeInto(label, text, true),
    async type(label, text) {
      await typeInto(label, text, false);
    },
    async close() {
      await ui(`SidebarController.hide(); await __ri.until('the sidebar closed', () => !SidebarController.isOpen);`);
    },
    async reload() {
      await ui(`
        const windowId = () => __ri.panel()?.browsingContext?.currentWindowGlobal?.innerWindowId;
        const before = windowId();
        __ri.panel().reload();
        await __ri.until('a new document in the sidebar', () => windowId() && windowId() !== before);
        await __ri.waitFind('heading', /./);
      `);
    },
  };
}
