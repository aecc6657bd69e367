import { createContext, useContext } from 'react';

/** The id of the match step being shown: its fields are scoped to it (lib/steps/match/keys.ts). */
const MatchStepContext = createContext('');

export const MatchStepProvider = MatchStepContext.Provider;

export function useMatchStepId(): string {
  return useContext(MatchStepContext);
}
