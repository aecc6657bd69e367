import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CatalogueState, CatalogueStore } from '../../lib/store/catalogue';
import type { CatalogueEditor } from '../../lib/store/catalogue-editor';

/**
 * The catalogue store; the options page adds the editor, the panel the one
 * platform call it needs from here (open the options page).
 */
export interface CatalogueContextValue extends CatalogueStore {
  editor?: CatalogueEditor;
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

export function useCatalogueEditor(): CatalogueEditor {
  const { editor } = useCatalogueStore();
  if (!editor) throw new Error('the catalogue editor is only provided on the options page');
  return editor;
}

export function useOpenOptions(): (() => void) | undefined {
  return useCatalogueStore().openOptions;
}
