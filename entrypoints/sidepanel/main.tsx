import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { CallProvider } from '../../components/call/CallContext';
import { StoreProvider } from '../../components/StoreContext';
import { listenForCopySummary } from '../../lib/shortcuts/copy-summary';
import { createPanelStore } from '../../lib/store/panel';
import { createPanelCallStore } from '../../lib/store/panel-call';

const panel = createPanelStore();
const call = createPanelCallStore(panel);

// Nothing typed may be lost when the panel closes: send queued writes at once.
addEventListener('pagehide', () => panel.actions.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') panel.actions.flush();
});

void panel.actions.init();
void call.actions.init();
listenForCopySummary(document, () => void panel.actions.copySummary());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider value={panel}>
        <CallProvider value={call}>
          <App />
        </CallProvider>
      </StoreProvider>
    </StrictMode>,
  );
}
