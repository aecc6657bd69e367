import { browser } from 'wxt/browser';
import { HANDOFF_PORT, type HandoffMessage, keepHeld } from '../storage/handoff';
import type { Repository } from '../storage/repository';
import type { HandoffPort } from '../store/interviews/held';

/**
 * The hand-off's two ends over `runtime.connect` (lib/storage/handoff.ts):
 * the panel sends, the background keeps and saves on disconnect. The same in
 * Chrome and Firefox. In Chrome the panel's own write at close already lands,
 * so the background finds it stored and writes nothing; in Firefox that write
 * can die with the sidebar (issue 22) and the background's write is the one
 * that lands.
 */

/** Panel: a port to the background. */
export function connectHandoff(): HandoffPort {
  const port = browser.runtime.connect({ name: HANDOFF_PORT });
  return {
    post: (message: HandoffMessage) => port.postMessage(message),
    onDisconnect: (listener) =>
      port.onDisconnect.addListener(() => {
        // Read, so that Chrome does not log "Unchecked runtime.lastError" when the worker was stopped.
        void browser.runtime.lastError;
        listener();
      }),
  };
}

/**
 * Background: keeps what each panel holds and saves it when that panel goes
 * away. Added synchronously, so a worker or event page woken by a connect has it.
 */
export function wireHandoff(repository: Repository): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== HANDOFF_PORT) return;
    const keeper = keepHeld(repository);
    port.onMessage.addListener((message: unknown) => keeper.receive(message));
    port.onDisconnect.addListener(() => void keeper.disconnected());
  });
}
