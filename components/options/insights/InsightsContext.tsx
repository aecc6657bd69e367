import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { InsightsState, InsightsStore } from '../../../lib/store/insights';

const InsightsContext = createContext<InsightsStore | null>(null);

export const InsightsProvider = InsightsContext.Provider;

function useInsightsStore(): InsightsStore {
  const value = useContext(InsightsContext);
  if (!value) throw new Error('InsightsProvider is missing');
  return value;
}

export function useInsights<T>(selector: (state: InsightsState) => T): T {
  return useStore(useInsightsStore().store, selector);
}

export function useInsightsActions(): InsightsStore['actions'] {
  return useInsightsStore().actions;
}
