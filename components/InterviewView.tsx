import { useEffect, useRef } from 'react';
import { keys } from '../lib/interview';
import { budgetMinutes } from '../lib/pacing';
import { findScript, reverseInterview } from '../lib/script';
import { COPY_SUMMARY_KEYS } from '../lib/shortcuts/copy-summary';
import { PacingBar } from './PacingBar';
import { ProblemNotice } from './ProblemNotice';
import { SaveProblem } from './SaveProblem';
import { ShortcutsButton } from './Shortcuts';
import { StepBody } from './StepBody';
import { StepCopy } from './StepCopy';
import { StepNav } from './StepNav';
import { useActions, useInterviews } from './StoreContext';
import { SummaryBar } from './SummaryPreview';
import './InterviewView.css';

const saveLabels = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' } as const;

export function InterviewView() {
  const actions = useActions();
  const interview = useInterviews((s) => s.interview);
  const problem = useInterviews((s) => s.openProblem);
  const save = useInterviews((s) => s.save);
  const stepId = useInterviews((s) => {
    const v = s.interview?.fields[keys.step]?.v;
    return typeof v === 'string' ? v : '';
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(stepId);

  // Moving between steps puts focus on the new step's heading, so the
  // keyboard and a screen reader start reading from the top of the step.
  useEffect(() => {
    if (previousStep.current !== stepId && previousStep.current !== '') headingRef.current?.focus();
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
  if (!interview) return <p className="muted loading">Opening…</p>;

  const script = findScript(interview.scriptId) ?? reverseInterview;
  const index = Math.max(
    0,
    script.steps.findIndex((s) => s.id === stepId),
  );
  const step = script.steps[index] ?? script.steps[0];
  if (!step) return null;
  const candidate = interview.fields[keys.candidate]?.v;
  const role = interview.fields[keys.role]?.v;
  const last = index === script.steps.length - 1;
  // This interview's own budget when it has one ("Time budgets").
  const budget = budgetMinutes(interview, step);
  const goTo = (i: number) => {
    const target = script.steps[i];
    if (target) actions.goTo(target.id);
  };

  return (
    <>
      <header className="iv-head">
        <BackButton />
        <div className="iv-who">
          <span className="iv-name">{typeof candidate === 'string' && candidate ? candidate : 'Unnamed candidate'}</span>
          {typeof role === 'string' && role ? <span className="muted"> · {role}</span> : null}
        </div>
        <span className={`iv-save iv-save-${save}`}>{saveLabels[save]}</span>
        <ShortcutsButton />
      </header>
      <StepNav script={script} interview={interview} current={index} onSelect={goTo} />
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
        <button type="button" className={last ? undefined : 'primary'} onClick={() => goTo(index + 1)} disabled={last}>
          Next step
        </button>
      </footer>
    </>
  );
}

function BackButton() {
  const actions = useActions();
  return (
    <button type="button" className="link" onClick={actions.showList}>
      ← All interviews
    </button>
  );
}
