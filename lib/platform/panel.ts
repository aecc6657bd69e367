import { browser } from 'wxt/browser';

/**
 * The one place that knows how each browser shows the panel: Chrome's
 * `sidePanel`, Firefox's `sidebarAction`. Chosen by feature detection.
 */
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** Background: the toolbar button opens the panel. */
export function wireToolbarButton(): void {
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Reverse Interview: could not make the toolbar button open the panel', error);
    });
    return;
  }
  const sidebar = sidebarAction();
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.toggle());
}

/** The current window's id, looked up ahead of a click: `sidePanel.open` must run inside the user gesture. */
export async function currentWindowId(): Promise<number | undefined> {
  if (!browser.sidePanel?.open) return undefined;
  return (await browser.windows.getCurrent()).id;
}

/** Opens the panel; call it synchronously from a click handler. */
export function openPanel(windowId: number | undefined): Promise<void> {
  if (browser.sidePanel?.open && windowId !== undefined) return browser.sidePanel.open({ windowId });
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
