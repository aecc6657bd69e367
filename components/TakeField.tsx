import { keys } from '../lib/interview';
import { TAKE_TITLE } from '../lib/summary/model';
import { AnswerField } from './AnswerField';

/**
 * The interviewer's own closing note (issue 21): their take and the next
 * steps, at the end of the interview and on "Call ended". It closes the ATS
 * summary and is never in anything meant for the candidate.
 */
export function TakeField() {
  return (
    <div className="take">
      <AnswerField fieldKey={keys.take} rows={3} label={TAKE_TITLE} />
      <p className="hint take-hint">For the ATS summary only: never in what you send the candidate.</p>
    </div>
  );
}
