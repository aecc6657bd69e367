import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { CallProvider } from '../../components/call/CallContext';
import { CatalogueProvider } from '../../components/catalogue/CatalogueContext';
import { StoreProvider } from '../../components/StoreContext';
import { openOptionsPage } from '../../lib/platform/options';
import { listenForCopySummary } from '../../lib/shortcuts/copy-summary';
import { browserStorage } from '../../lib/storage/area';
import { createRepository } from '../../lib/storage/repository';
import { createBrowserCatalogueStore } from '../../lib/store/catalogue-browser';
import { createPanelStore } from '../../lib/store/panel';
import { createPanelCallStore } from '../../lib/store/panel-call';

const panel = createPanelStore();
const call = createPanelCallStore(panel);
const catalogue = createBrowserCatalogueStore(createRepository(browserStorage()).reportProblems);

// Nothing typed may be lost when the panel closes: send queued writes at once.
addEventListener('pagehide', () => panel.actions.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') panel.actions.flush();
});

void panel.actions.init();
void call.actions.init();
void catalogue.actions.init();
listenForCopySummary(document, () => void panel.actions.copySummary());

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
