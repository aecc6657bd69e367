import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { CallProvider } from '../../components/call/CallContext';
import { CatalogueProvider } from '../../components/catalogue/CatalogueContext';
import { StoreProvider } from '../../components/StoreContext';
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
import { createCallStore } from '../../lib/store/call';
import { createCatalogueStore } from '../../lib/store/catalogue';
import { createInterviewsStore } from '../../lib/store/interviews';
import { afterFirstScreen, afterNextFrame } from '../../lib/store/pace';

// The side panel's wiring: one repository for the page (one quarantine, one log of unreadable data),
// and each store given the browser it runs in.
const repository = createRepository(browserStorage(), { writerId: crypto.randomUUID() });
const panel = createInterviewsStore({
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
const call = createCallStore({ tabs: browserTabs(), links: callLinks(repository.calls), interviews: panel, clock: Date.now });
const catalogue = createCatalogueStore({ repository: repository.catalogue, managed: browserManaged() });

// Nothing typed may be lost when the panel closes: send queued writes at once.
addEventListener('pagehide', () => panel.actions.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') panel.actions.flush();
});

void panel.actions.init();
void call.actions.init();
void catalogue.actions.init();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider value={panel}>
        <CatalogueProvider value={{ ...catalogue, openOptions: () => void openOptionsPage() }}>
          <CallProvider value={call}>
            <App />
          </CallProvider>
        </CatalogueProvider>
      </StoreProvider>
    </StrictMode>,
  );
}
