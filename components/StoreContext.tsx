import { createContext, useContext, useRef } from 'react';
import { useStore } from 'zustand';
import type { InterviewsState, InterviewsStore } from '../lib/store/interviews';

/**
 * The interviews store, or the side panel's list shell before the rest of
 * the page has loaded (lib/store/interviews/shell.ts), which has no summary:
 * only screens that load with the rest read it.
 */
export type PanelStore = Pick<InterviewsStore, 'store' | 'actions'> & {
  summary?: InterviewsStore['summary'];
  /** The list shell's: loads the rest of the page now (Show more while only the list head is here). */
  loadRest?: () => Promise<unknown>;
};

const StoreContext = createContext<PanelStore | null>(null);

export const StoreProvider = StoreContext.Provider;

export function useInterviewsStore(): PanelStore {
  const value = useContext(StoreContext);
  if (!value) throw new Error('StoreProvider is missing');
  return value;
}

/** Subscribes to one slice of state; components re-render only when it changes. */
export function useInterviews<T>(selector: (state: InterviewsState) => T): T {
  return useStore(useInterviewsStore().store, selector);
}

export function useActions(): InterviewsStore['actions'] {
  return useInterviewsStore().actions;
}

/**
 * Like `useInterviews` for selectors that build new arrays or objects (chosen
 * arenas, needs): the previous result is kept while it is equal by value, so
 * typing in one answer does not re-render every derived list.
 */
export function useDerived<T>(selector: (state: InterviewsState) => T): T {
  const last = useRef<{ value: T; json: string } | null>(null);
  return useInterviews((state) => {
    const value = selector(state);
    const json = JSON.stringify(value);
    if (last.current?.json === json) return last.current.value;
    last.current = { value, json };
    return value;
  });
}
