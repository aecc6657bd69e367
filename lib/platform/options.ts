import { browser } from 'wxt/browser';

/** Opens the extension's options page (where the catalogue is kept) from the panel. */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
