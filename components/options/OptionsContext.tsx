import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { OptionsState, OptionsStore } from '../../lib/store/options';

const OptionsContext = createContext<OptionsStore | null>(null);

export const OptionsProvider = OptionsContext.Provider;

function useOptionsStore(): OptionsStore {
  const value = useContext(OptionsContext);
  if (!value) throw new Error('OptionsProvider is missing');
  return value;
}

export function useOptions<T>(selector: (state: OptionsState) => T): T {
  return useStore(useOptionsStore().store, selector);
}

export function useOptionsActions(): OptionsStore['actions'] {
  return useOptionsStore().actions;
}
