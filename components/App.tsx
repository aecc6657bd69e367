import { useEffect, useRef } from 'react';
import { useCallEnded } from './call/CallContext';
import { CallEndedView } from './call/CallEndedView';
import { InterviewList } from './InterviewList';
import { InterviewView } from './InterviewView';
import { ManualCopyDialog } from './ManualCopyDialog';
import { NewInterviewForm } from './NewInterviewForm';
import { Shortcuts } from './Shortcuts';
import { StatusRegion } from './StatusRegion';
import { useInterviews } from './StoreContext';
import './theme.css';

export function App() {
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
      <Shortcuts />
      {phase === 'loading' ? (
        <p className="muted loading">Loading interviews…</p>
      ) : screen === 'new' ? (
        <NewInterviewForm />
      ) : screen === 'interview' ? (
        callEnded ? (
          <CallEndedView />
        ) : (
          <InterviewView />
        )
      ) : (
        <InterviewList returnTo={left.current} />
      )}
      <StatusRegion />
      <ManualCopyDialog />
    </div>
  );
}
