import { createContext, useContext } from 'react';

/**
 * One card's details open at a time across step 5 (issue 21): opening
 * another closes the first, so the step never grows by more than one card.
 */
export interface OpenDetails {
  open: string | null;
  toggle(key: string): void;
}

const DetailsContext = createContext<OpenDetails>({ open: null, toggle: () => undefined });

export const DetailsProvider = DetailsContext.Provider;

export function useOpenDetails(): OpenDetails {
  return useContext(DetailsContext);
}
