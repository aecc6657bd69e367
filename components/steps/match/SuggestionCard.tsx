import { useId, useState } from 'react';
import { kindLabels } from '../../../lib/catalogue/schema';
import type { Suggestion } from '../../../lib/catalogue/scorer';
import { isFilled } from '../../../lib/interview';
import { decisionFields, matchKeys, type Need } from '../../../lib/steps/match';
import { AnswerField } from '../../AnswerField';
import { useActions, useInterviews } from '../../StoreContext';
import { useOpenDetails } from './details';
import { useMatchStepId } from './step';

/**
 * One offering suggested for one need, on two short lines: what it is and
 * why, then the decision. Its description and every reason open on request,
 * one card at a time; a note opens once a decision is made. Deciding copies
 * the offering's name, kind and modes into the interview, so the summary says
 * what was offered even if the catalogue changes later. An accepted offering
 * no longer in the catalogue (`gone`) can only be withdrawn.
 */
export function SuggestionCard({ need, suggestion, gone = false }: { need: Need; suggestion: Suggestion; gone?: boolean }) {
  const { offering, reasons } = suggestion;
  const nameId = useId();
  const detailsId = useId();
  const stepId = useMatchStepId();
  const decisionKey = matchKeys.decision(stepId, need.id, offering.id);
  const noteKey = matchKeys.note(stepId, need.id, offering.id);
  const decision = useInterviews((s) => s.interview?.fields[decisionKey]?.v);
  const noted = useInterviews((s) => isFilled(s.interview?.fields[noteKey]?.v));
  const actions = useActions();
  const details = useOpenDetails();
  const [noting, setNoting] = useState(false);
  const accepted = decision === 'accepted';
  const rejected = decision === 'rejected';
  const key = `${need.id}:${offering.id}`;
  const open = details.open === key;
  const hasDetails = !gone && (offering.description !== '' || reasons.length > 1);

  // Named with the offering ("Accept Mentoring"): a screen reader's list of buttons is not 24 times "Accept".
  // aria-pressed carries the state, as for any toggle.
  const decide = (next: 'accepted' | 'rejected') =>
    actions.setAnswers(decisionFields(stepId, need.id, offering, decision === next ? '' : next));

  return (
    <li className={`suggestion${accepted ? ' is-accepted' : ''}${rejected ? ' is-rejected' : ''}`} aria-labelledby={nameId}>
      <div className="suggestion-head">
        <span id={nameId} className="suggestion-name">
          {offering.name}
        </span>
        <span className="suggestion-kind">{kindLabels[offering.kind]}</span>
        {offering.source === 'org' ? <span className="suggestion-org">From your organisation</span> : null}
      </div>
      {gone ? (
        <p className="suggestion-gone">No longer offered: it left the catalogue after you accepted it. Withdraw it, or say so.</p>
      ) : reasons[0] && !open && !rejected ? (
        <p className="suggestion-why">{reasons.join(' · ')}</p>
      ) : null}
      {open ? (
        <div id={detailsId} className="suggestion-details">
          {offering.description ? <p className="suggestion-desc">{offering.description}</p> : null}
          {reasons.length > 0 ? (
            <ul className="suggestion-reasons" aria-label={`Why ${offering.name} is suggested`}>
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="suggestion-actions">
        {gone ? (
          <button
            type="button"
            aria-label={`Withdraw ${offering.name}`}
            onClick={() => actions.setAnswers(decisionFields(stepId, need.id, offering, ''))}
          >
            Withdraw
          </button>
        ) : (
          <>
            <button
              type="button"
              aria-pressed={accepted}
              aria-label={`Accept ${offering.name}`}
              className={accepted ? 'primary' : ''}
              onClick={() => decide('accepted')}
            >
              {accepted ? <span aria-hidden="true">✓ </span> : null}
              Accept
            </button>
            <button
              type="button"
              aria-pressed={rejected}
              aria-label={`Reject ${offering.name}`}
              onClick={() => decide('rejected')}
            >
              {rejected ? <span aria-hidden="true">✕ </span> : null}
              Reject
            </button>
          </>
        )}
        {hasDetails ? (
          <button
            type="button"
            className="link"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={`Details of ${offering.name}`}
            onClick={() => details.toggle(key)}
          >
            Details
          </button>
        ) : null}
        {(accepted || rejected) && !noted && !noting ? (
          <button type="button" className="link" aria-label={`Add a note on ${offering.name}`} onClick={() => setNoting(true)}>
            Note
          </button>
        ) : null}
      </div>
      {(accepted || rejected) && (noted || noting) ? (
        <AnswerField
          rows={1}
          className="field-compact"
          fieldKey={noteKey}
          autoFocus={noting && !noted}
          label={
            <>
              Note
              <span className="sr-only">
                {' '}
                on {offering.name} for {need.label}
              </span>
            </>
          }
        />
      ) : null}
    </li>
  );
}
