import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CallState, CallStore } from '../../lib/store/call';
import { idleCall } from '../../lib/store/call-state';

/** The call store, beside the interviews store. Absent (null) where no call can be followed, e.g. the options page. */
const CallContext = createContext<CallStore | null>(null);

export const CallProvider = CallContext.Provider;

const noStore = { getState: () => idleCall, getInitialState: () => idleCall, subscribe: () => () => {} };

export function useCall<T>(selector: (state: CallState) => T): T {
  const value = useContext(CallContext);
  // Without a provider the panel still works: it is simply beside no call.
  return useStore((value?.store ?? noStore) as CallStore['store'], selector);
}

export function useCallActions(): CallStore['actions'] | null {
  return useContext(CallContext)?.actions ?? null;
}

/** True when the open interview's call has ended and "Call ended" should be shown in place of the notes. */
export function useCallEnded(openId: string | null): boolean {
  const endedId = useCall((s) => s.ended?.id ?? null);
  return endedId !== null && endedId === openId;
}
