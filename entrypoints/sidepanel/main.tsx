import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { CatalogueProvider } from '../../components/catalogue/CatalogueContext';
import { StoreProvider } from '../../components/StoreContext';
import { openOptionsPage } from '../../lib/platform/options';
import { listenForCopySummary } from '../../lib/shortcuts/copy-summary';
import { browserStorage } from '../../lib/storage/area';
import { createRepository } from '../../lib/storage/repository';
import { createBrowserCatalogueStore } from '../../lib/store/catalogue-browser';
import { createPanelStore } from '../../lib/store/panel';

const panel = createPanelStore();
const catalogue = createBrowserCatalogueStore(createRepository(browserStorage()).reportProblems);

// Nothing typed may be lost when the panel closes: send queued writes at once.
addEventListener('pagehide', () => panel.actions.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') panel.actions.flush();
});

void panel.actions.init();
void catalogue.actions.init();
listenForCopySummary(document, () => void panel.actions.copySummary());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider value={panel}>
        <CatalogueProvider value={{ ...catalogue, openOptions: () => void openOptionsPage() }}>
          <App />
        </CatalogueProvider>
      </StoreProvider>
    </StrictMode>,
  );
}
