import { useSyncExternalStore } from 'react';
import type { CallStore } from '../lib/store/call';
import type { CallFirst } from '../lib/store/call-first';
import type { InterviewsStore } from '../lib/store/interviews';
import type { ListShell } from '../lib/store/interviews/shell';
import { App, type Screens } from './App';
import { CallProvider } from './call/CallContext';
import { type CatalogueContextValue, CatalogueProvider } from './catalogue/CatalogueContext';
import { StoreProvider } from './StoreContext';

/** What the side panel's second chunk brings (entrypoints/sidepanel/rest.ts). */
export interface PanelRest {
  interviews: InterviewsStore;
  call: CallStore;
  catalogue: CatalogueContextValue;
  screens: Screens;
}

/**
 * The side panel: the list (and the call beside it) from the shells at once,
 * then every store and screen when the rest of the page has loaded. The tree keeps its shape
 * across the change, so the list on screen (and focus in it) stays.
 */
export function Panel({ shell, call }: { shell: ListShell<PanelRest>; call: CallFirst }) {
  const rest = useSyncExternalStore(shell.subscribe, shell.rest);
  return (
    <StoreProvider value={rest?.interviews ?? shell}>
      <CatalogueProvider value={rest?.catalogue ?? null}>
        <CallProvider value={rest?.call ?? call}>
          <App screens={rest?.screens ?? null} />
        </CallProvider>
      </CatalogueProvider>
    </StoreProvider>
  );
}
