import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ScriptsState, ScriptsStore } from '../../../lib/store/scripts';

const ScriptsContext = createContext<ScriptsStore | null>(null);

export const ScriptsProvider = ScriptsContext.Provider;

function useScriptsStore(): ScriptsStore {
  const value = useContext(ScriptsContext);
  if (!value) throw new Error('ScriptsProvider is missing');
  return value;
}

export function useScripts<T>(selector: (state: ScriptsState) => T): T {
  return useStore(useScriptsStore().store, selector);
}

export function useScriptsActions(): ScriptsStore['actions'] {
  return useScriptsStore().actions;
}
