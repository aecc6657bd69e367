import type { StoreApi } from 'zustand/vanilla';
import type { PanelRest } from '../../components/Panel';
import { screens } from '../../components/screens';
import { copyRichText } from '../../lib/clipboard';
import { createClock } from '../../lib/interview/clock';
import { connectHandoff } from '../../lib/platform/handoff';
import { browserManaged } from '../../lib/platform/managed';
import { openOptionsPage } from '../../lib/platform/options';
import { browserStorage } from '../../lib/platform/storage';
import { browserTabs } from '../../lib/platform/tabs';
import { MANAGED_SCRIPTS_KEY } from '../../lib/script/managed';
import { callLinks } from '../../lib/storage/call-links';
import { createRepository } from '../../lib/storage/repository';
import { type CallState, createCallStore } from '../../lib/store/call';
import { createCatalogueStore } from '../../lib/store/catalogue';
import { createInterviewsStore, type InterviewsState } from '../../lib/store/interviews';
import { afterFirstScreen, afterNextFrame } from '../../lib/store/pace';

/**
 * The side panel's wiring past the list (loaded by main.tsx once the list is
 * on screen, or at the first action that needs it): one repository for the
 * page (one quarantine, one log of unreadable data), and each store given the
 * browser it runs in. The interviews store takes over the list's state, the
 * call store the call the list's first frame showed.
 */
export async function start(store: StoreApi<InterviewsState>, callState: StoreApi<CallState>): Promise<PanelRest> {
  const repository = createRepository(browserStorage(), { writerId: crypto.randomUUID() });
  const interviews = createInterviewsStore({
    store,
    repository,
    clock: createClock(),
    newId: () => crypto.randomUUID(),
    copy: (content) => copyRichText(content),
    openOptions: openOptionsPage,
    pace: afterNextFrame,
    afterFirstScreen,
    managedScripts: browserManaged(MANAGED_SCRIPTS_KEY),
    // Every change is also told to the background, which saves it if this page closes first (issue 22).
    handoff: connectHandoff,
  });
  const call = createCallStore({
    store: callState,
    tabs: browserTabs(),
    links: callLinks(repository.calls),
    interviews,
    clock: Date.now,
  });
  const catalogue = createCatalogueStore({ repository: repository.catalogue, managed: browserManaged() });

  // Nothing typed may be lost when the panel closes: send queued writes at once.
  addEventListener('pagehide', () => interviews.actions.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') interviews.actions.flush();
  });

  void call.actions.init();
  void catalogue.actions.init();
  // The list's actions wait for this: the index and settings read, the store following storage.
  await interviews.actions.init();
  return { interviews, call, catalogue: { ...catalogue, openOptions: () => void openOptionsPage() }, screens };
}
