import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CatalogueState, CatalogueStore } from '../../lib/store/catalogue';

/** The catalogue store, plus the one platform call the panel needs from it (open the options page). */
export interface CatalogueContextValue extends CatalogueStore {
  openOptions?: () => void;
}

const CatalogueContext = createContext<CatalogueContextValue | null>(null);

export const CatalogueProvider = CatalogueContext.Provider;

function useCatalogueStore(): CatalogueContextValue {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error('CatalogueProvider is missing');
  return value;
}

export function useCatalogue<T>(selector: (state: CatalogueState) => T): T {
  return useStore(useCatalogueStore().store, selector);
}

export function useCatalogueActions(): CatalogueStore['actions'] {
  return useCatalogueStore().actions;
}

export function useOpenOptions(): (() => void) | undefined {
  return useCatalogueStore().openOptions;
}
