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
  const callEnded = useCallEnded(useInterviews((s) => s.openId));
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
        <InterviewList />
      )}
      <StatusRegion />
      <ManualCopyDialog />
    </div>
  );
}
