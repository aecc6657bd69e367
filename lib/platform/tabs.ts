import { browser } from 'wxt/browser';
import { handOverActiveTab, type TabsPort } from '../call/tabs';

/**
 * The only use of `browser.tabs`. The extension has no `tabs` permission: the
 * host permissions for the call sites (wxt.config.ts) let it read the URL of
 * a tab showing one of them, and of no other. A tab whose URL we cannot read
 * is therefore not a call, which is all the panel needs to know.
 */
export function browserTabs(): TabsPort {
  return {
    async follow(listener, known) {
      // The side panel (Chrome) and the sidebar (Firefox) belong to one window: its tabs are the ones beside it.
      const windowId = (await browser.windows.getCurrent()).id;
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (info.windowId !== windowId) return;
        browser.tabs.get(info.tabId).then(
          (tab) => listener({ kind: 'active', tabId: info.tabId, url: tab.url }),
          () => undefined, // Closed in the meantime: onRemoved reports it.
        );
      };
      const onUpdated = (tabId: number, _change: unknown, tab: { url?: string; active: boolean; windowId?: number }) =>
        listener({ kind: 'updated', tabId, url: tab.url, active: tab.active && tab.windowId === windowId });
      const onRemoved = (tabId: number) => listener({ kind: 'removed', tabId });
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      const [active] = await browser.tabs.query({ active: true, windowId });
      if (active?.id !== undefined) listener({ kind: 'active', tabId: active.id, url: active.url });
      if (known !== undefined && known !== active?.id) {
        // Chrome rejects for a tab that is gone.
        const tab = await browser.tabs.get(known).catch(() => undefined);
        listener(tab ? { kind: 'updated', tabId: known, url: tab.url, active: false } : { kind: 'removed', tabId: known });
      }
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onRemoved.removeListener(onRemoved);
      };
    },
  };
}

/**
 * Asks for the active tab of the panel's window while the panel's code loads
 * (entrypoints/panel-prefetch.ts), for the call banner in the list's first frame.
 */
export function prefetchActiveTab(): void {
  try {
    handOverActiveTab(
      browser.tabs.query({ active: true, currentWindow: true }).then(
        ([tab]) => (tab?.id === undefined ? undefined : { tabId: tab.id, url: tab.url }),
        () => undefined,
      ),
    );
  } catch {
    // No tabs API here: the call store says so when it follows tabs.
  }
}
