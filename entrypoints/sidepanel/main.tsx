import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { StoreProvider } from '../../components/StoreContext';
import { listenForCopySummary } from '../../lib/shortcuts/copy-summary';
import { createPanelStore } from '../../lib/store/panel';

const panel = createPanelStore();

// Nothing typed may be lost when the panel closes: send queued writes at once.
addEventListener('pagehide', () => panel.actions.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') panel.actions.flush();
});

void panel.actions.init();
listenForCopySummary(document, () => void panel.actions.copySummary());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider value={panel}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
