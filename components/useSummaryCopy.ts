import { useStore } from 'zustand';
import type { SummaryCopy, SummaryCopyState } from '../lib/store/summary-copy';
import { useInterviewsStore } from './StoreContext';

/** The summary-copy slice (preview, format for this copy, manual copy) of the panel's store. */
export function useSummaryCopy<T>(selector: (state: SummaryCopyState) => T): T {
  return useStore(useInterviewsStore().summary.store, selector);
}

export function useSummaryCopyActions(): SummaryCopy['actions'] {
  return useInterviewsStore().summary.actions;
}
