// First: the panel's stylesheets, in their order (styles.ts).
import './styles';
import { type ComponentType, useEffect, useRef } from 'react';
import { useCallEnded } from './call/CallContext';
import { InterviewList } from './InterviewList';
import { StatusRegion } from './StatusRegion';
import { useInterviews } from './StoreContext';

/**
 * The screens that load after the list (issue 17): the side panel's first
 * chunk holds the list alone, and these come with the rest of the page
 * (components/screens.ts), null until then.
 */
export interface Screens {
  Shortcuts: ComponentType;
  NewInterviewForm: ComponentType;
  InterviewView: ComponentType;
  CallEndedView: ComponentType;
  ManualCopyDialog: ComponentType;
}

export function App({ screens }: { screens: Screens | null }) {
  const phase = useInterviews((s) => s.phase);
  const screen = useInterviews((s) => s.screen);
  const openId = useInterviews((s) => s.openId);
  const callEnded = useCallEnded(openId);
  // The interview the list returns focus to (null: from the new-interview form); undefined until a screen is left.
  const left = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (screen === 'interview') left.current = openId;
    else if (screen === 'new') left.current = null;
  }, [screen, openId]);
  return (
    <div className="app">
      {screens ? <screens.Shortcuts /> : null}
      {phase === 'loading' || (screen !== 'list' && !screens) ? (
        <p className="muted loading">Loading interviews…</p>
      ) : screens && screen === 'new' ? (
        <screens.NewInterviewForm />
      ) : screens && screen === 'interview' ? (
        callEnded ? (
          <screens.CallEndedView />
        ) : (
          <screens.InterviewView />
        )
      ) : (
        <InterviewList returnTo={left.current} />
      )}
      <StatusRegion />
      {screens ? <screens.ManualCopyDialog /> : null}
    </div>
  );
}
