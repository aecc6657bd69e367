import { useEffect, useRef } from 'react';
import { keys, text } from '../lib/interview';
import { COPY_SUMMARY_KEYS } from '../lib/keyboard/keymap';
import { budgetMinutes } from '../lib/pacing';
import { statusLabels } from '../lib/store/library';
import { PacingBar } from './PacingBar';
import { ProblemNotice } from './ProblemNotice';
import { SaveProblem } from './SaveProblem';
import { ShortcutsButton } from './Shortcuts';
import { StepBody } from './StepBody';
import { StepCopy } from './StepCopy';
import { StepNav } from './StepNav';
import { useActions, useInterviews } from './StoreContext';
import { SummaryBar } from './SummaryPreview';
import { TakeField } from './TakeField';
import './InterviewView.css';

const saveLabels = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' } as const;

/**
 * The open interview. It subscribes to the few values it shows, not to the
 * whole record: typing re-renders the answer being typed, not the step around
 * it (issue 7, keystroke cost in `npm run bench`).
 */
export function InterviewView() {
  const actions = useActions();
  const open = useInterviews((s) => s.interview !== null);
  const problem = useInterviews((s) => s.openProblem);
  const script = useInterviews((s) => s.script);
  const scriptId = useInterviews((s) => s.interview?.scriptId ?? '');
  const stepId = useInterviews((s) => (s.interview ? text(s.interview, keys.step) : ''));
  const candidate = useInterviews((s) => (s.interview ? text(s.interview, keys.candidate) : ''));
  const role = useInterviews((s) => (s.interview ? text(s.interview, keys.role) : ''));
  const status = useInterviews((s) => (s.interview ? text(s.interview, keys.status) : ''));
  const steps = script?.steps ?? [];
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === stepId),
  );
  const step = steps[index] ?? steps[0];
  // This interview's own budget when it has one ("Time budgets").
  const budget = useInterviews((s) => (s.interview && step ? budgetMinutes(s.interview, step) : null));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef('');

  // Moving between steps puts focus on the new step's heading, so the
  // keyboard and a screen reader start reading from the top of the step;
  // so does opening the interview, when the control that opened it has left the page.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (previousStep.current !== stepId && (previousStep.current !== '' || lost)) headingRef.current?.focus();
    previousStep.current = stepId;
  }, [stepId]);

  if (problem) {
    return (
      <main className="screen">
        <BackButton />
        <h1>This interview could not be opened</h1>
        <ProblemNotice problems={[problem]} />
      </main>
    );
  }
  if (!open) return <p className="muted loading">Opening…</p>;
  if (!script) {
    // Started with a script this panel does not have (a newer version's, or one removed since): its answers
    // are kept as they are, never shown against another script's steps, and nothing is written to it.
    return (
      <main className="screen">
        <BackButton />
        <h1>This interview's script is not available</h1>
        <p>
          It was started with a script this panel does not have (“{scriptId}”). Its answers are kept as they are; nothing here
          changes them. Export it from the list to keep a copy.
        </p>
      </main>
    );
  }
  if (!step) return null;
  const last = index === script.steps.length - 1;
  const goTo = (i: number) => {
    const target = script.steps[i];
    if (target) actions.goTo(target.id);
  };

  return (
    <>
      <header className="iv-head">
        <BackButton />
        {/* The role on a line of its own, never cut to "Sen…" (issue 21). */}
        <div className="iv-who" title={[candidate, role, script.name].filter(Boolean).join(' · ')}>
          <span className="iv-name">{candidate || 'Unnamed candidate'}</span>
          {/* The script it runs, named beside the role (issue 18): two interviews of one candidate can differ. */}
          <span className="iv-role">
            {role ? `${role} · ` : ''}
            <span className="iv-script">{script.name}</span>
          </span>
        </div>
        {/* A finished or archived interview says so: notes added now go into a record marked as such. */}
        {status === 'done' || status === 'archived' ? <span className="iv-badge">{statusLabels[status]}</span> : null}
        <SaveState />
        <ShortcutsButton />
      </header>
      <StepNav script={script} current={index} onSelect={goTo} />
      <PacingBar script={script} step={step} />
      <main className="screen iv-main">
        <h1 ref={headingRef} tabIndex={-1} className="iv-step-title">
          <span className="muted iv-step-no">
            Step {index + 1} of {script.steps.length}
          </span>{' '}
          {step.title}
          {budget ? <span className="iv-budget muted"> · about {budget} min</span> : null}
        </h1>
        <SaveProblem />
        <StepBody script={script} step={step} />
        {last ? <TakeField /> : null}
        <StepCopy step={step} />
      </main>
      <SummaryBar />
      <footer className="iv-foot">
        <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0}>
          Previous step
        </button>
        <button
          type="button"
          className={last ? 'primary' : undefined}
          aria-keyshortcuts={COPY_SUMMARY_KEYS}
          title={`Copy summary (${COPY_SUMMARY_KEYS})`}
          onClick={() => void actions.copySummary()}
        >
          Copy summary
        </button>
        {last ? (
          <DoneButton done={status === 'done'} />
        ) : (
          <button type="button" className="primary" onClick={() => goTo(index + 1)}>
            Next step
          </button>
        )}
      </footer>
    </>
  );
}

/**
 * Done where you are (issue 21): on the last step the footer ends the
 * interview. Done stops the timer; "Reopen" puts it back in progress.
 */
function DoneButton({ done }: { done: boolean }) {
  const actions = useActions();
  const id = useInterviews((s) => s.openId);
  if (!id) return null;
  return done ? (
    <button type="button" onClick={() => void actions.setStatus(id, 'active')}>
      Reopen
    </button>
  ) : (
    <button type="button" onClick={() => void actions.setStatus(id, 'done')}>
      Mark as done
    </button>
  );
}

/** "Saving…" and "Saved" alternate at every keystroke: only this re-renders for it. */
function SaveState() {
  const save = useInterviews((s) => s.save);
  return <span className={`iv-save iv-save-${save}`}>{saveLabels[save]}</span>;
}

function BackButton() {
  const actions = useActions();
  return (
    // Narrow panels show the arrow alone (InterviewView.css), so the candidate's name keeps the room; the name stays "← All interviews".
    <button type="button" className="link iv-back" title="All interviews" onClick={actions.showList}>
      ← <span className="iv-back-text">All interviews</span>
    </button>
  );
}
