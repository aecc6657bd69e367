import { browser } from 'wxt/browser';

/** Opens the extension's options page (data, export, import, unreadable records, the offerings catalogue) in a tab. */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
