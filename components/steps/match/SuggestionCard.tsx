import { useId } from 'react';
import { kindLabels } from '../../../lib/catalogue/schema';
import type { Suggestion } from '../../../lib/catalogue/scorer';
import { keys } from '../../../lib/interview';
import { AnswerField } from '../../AnswerField';
import { useActions, useInterviews } from '../../StoreContext';

/**
 * One offering suggested for one need: what it is, why it is suggested, and
 * the interviewer's decision. Accepting copies the offering's name and kind
 * into the interview, so the summary says what was offered even if the
 * catalogue changes later.
 */
export function SuggestionCard({ needId, needLabel, suggestion }: { needId: string; needLabel: string; suggestion: Suggestion }) {
  const { offering, reasons } = suggestion;
  const nameId = useId();
  const decisionKey = keys.match(needId, offering.id);
  const decision = useInterviews((s) => s.interview?.fields[decisionKey]?.v);
  const actions = useActions();
  const accepted = decision === 'accepted';
  const rejected = decision === 'rejected';

  // Named with the offering ("Accept Mentoring"): a screen reader's list of buttons is not 24 times "Accept".
  // aria-pressed carries the state, as for any toggle.
  const accept = () =>
    actions.setAnswers(
      accepted
        ? { [decisionKey]: '' }
        : {
            [decisionKey]: 'accepted',
            [keys.offeringName(needId, offering.id)]: offering.name,
            [keys.offeringKind(needId, offering.id)]: offering.kind,
          },
    );
  const reject = () => actions.setAnswer(decisionKey, rejected ? '' : 'rejected');

  return (
    <li className={`suggestion${accepted ? ' is-accepted' : ''}${rejected ? ' is-rejected' : ''}`} aria-labelledby={nameId}>
      <div className="suggestion-head">
        <span id={nameId} className="suggestion-name">
          {offering.name}
        </span>
        <span className="suggestion-kind">{kindLabels[offering.kind]}</span>
        {offering.source === 'org' ? <span className="suggestion-org">From your organisation</span> : null}
      </div>
      {offering.description && !rejected ? <p className="suggestion-desc">{offering.description}</p> : null}
      {reasons.length > 0 && !rejected ? (
        <ul className="suggestion-reasons" aria-label={`Why ${offering.name} is suggested`}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <div className="suggestion-actions">
        <button
          type="button"
          aria-pressed={accepted}
          aria-label={`Accept ${offering.name}`}
          className={accepted ? 'primary' : ''}
          onClick={accept}
        >
          {accepted ? <span aria-hidden="true">✓ </span> : null}
          Accept
        </button>
        <button type="button" aria-pressed={rejected} aria-label={`Reject ${offering.name}`} onClick={reject}>
          {rejected ? <span aria-hidden="true">✕ </span> : null}
          Reject
        </button>
      </div>
      {decision === 'accepted' || decision === 'rejected' ? (
        <AnswerField
          rows={1}
          className="field-compact"
          fieldKey={keys.matchNote(needId, offering.id)}
          label={
            <>
              Note
              <span className="sr-only">
                {' '}
                on {offering.name} for {needLabel}
              </span>
            </>
          }
        />
      ) : null}
    </li>
  );
}
