import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CatalogueProvider } from '../../components/catalogue/CatalogueContext';
import { OptionsProvider } from '../../components/options/OptionsContext';
import { OptionsPage } from '../../components/options/OptionsPage';
import { currentWindowId, openPanel } from '../../lib/platform/panel';
import { browserStorage } from '../../lib/storage/area';
import { createRepository } from '../../lib/storage/repository';
import { createBrowserCatalogueStore } from '../../lib/store/catalogue-browser';
import { createCatalogueEditor } from '../../lib/store/catalogue-editor';
import { createOptionsStore } from '../../lib/store/options';

const repository = createRepository(browserStorage());
const options = createOptionsStore(repository);
const catalogue = createBrowserCatalogueStore(repository.reportProblems);
void options.actions.init();
void catalogue.actions.init();
// An unreadable catalogue is logged in the quarantine after the page has read it: show it under "Unreadable data".
catalogue.store.subscribe((state, previous) => {
  if (state.problem && !previous.problem) void repository.settled().then(() => options.actions.refresh());
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsProvider value={options}>
        <CatalogueProvider value={{ ...catalogue, editor: createCatalogueEditor(catalogue) }}>
          <OptionsPage panel={{ currentWindowId, openPanel }} />
        </CatalogueProvider>
      </OptionsProvider>
    </StrictMode>,
  );
}
