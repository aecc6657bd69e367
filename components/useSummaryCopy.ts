import { useStore } from 'zustand';
import type { SummaryCopy, SummaryCopyState } from '../lib/store/summary-copy';
import { useInterviewsStore } from './StoreContext';

function useSummary(): SummaryCopy {
  const { summary } = useInterviewsStore();
  // Only the list shell has none, and it renders no screen that copies.
  if (!summary) throw new Error('the summary is read before the panel has loaded');
  return summary;
}

/** The summary-copy slice (preview, format for this copy, manual copy) of the panel's store. */
export function useSummaryCopy<T>(selector: (state: SummaryCopyState) => T): T {
  return useStore(useSummary().store, selector);
}

export function useSummaryCopyActions(): SummaryCopy['actions'] {
  return useSummary().actions;
}
