import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsProvider } from '../../components/options/OptionsContext';
import { OptionsPage } from '../../components/options/OptionsPage';
import { currentWindowId, openPanel } from '../../lib/platform/panel';
import { browserStorage } from '../../lib/storage/area';
import { createRepository } from '../../lib/storage/repository';
import { createOptionsStore } from '../../lib/store/options';

const options = createOptionsStore(createRepository(browserStorage()));
void options.actions.init();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsProvider value={options}>
        <OptionsPage panel={{ currentWindowId, openPanel }} />
      </OptionsProvider>
    </StrictMode>,
  );
}
