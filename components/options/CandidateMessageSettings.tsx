import { useState } from 'react';
import { DEFAULT_GREETING, DEFAULT_SIGN_OFF, WORDING_MAX } from '../../lib/growth/wording';
import { useOptions, useOptionsActions } from './OptionsContext';

/** The greeting and sign-off of "Copy for the candidate" (issue 20); the message between them is the interview's. */
export function CandidateMessageSettings() {
  const settings = useOptions((s) => s.settings);
  const actions = useOptionsActions();
  const [greeting, setGreeting] = useState(settings.candidateGreeting ?? DEFAULT_GREETING);
  const [signOff, setSignOff] = useState(settings.candidateSignOff ?? DEFAULT_SIGN_OFF);
  return (
    <section aria-labelledby="candidate-message-settings">
      <h2 id="candidate-message-settings">Message for the candidate</h2>
      <p className="hint">
        “Copy for the candidate” (step 5 and “Call ended”) writes a short message to paste into an email: the arenas they chose,
        what they want to learn, how they like to grow and what you really offer. Your notes never go in it. In the greeting and
        sign-off, {'{name}'} becomes the candidate’s name and {'{interviewer}'} yours.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void actions.saveWording(greeting, signOff);
        }}
      >
        <label className="field">
          <span className="label">Greeting</span>
          <textarea rows={4} maxLength={WORDING_MAX} value={greeting} onChange={(e) => setGreeting(e.target.value)} />
        </label>
        <label className="field">
          <span className="label">Sign-off</span>
          <textarea rows={2} maxLength={WORDING_MAX} value={signOff} onChange={(e) => setSignOff(e.target.value)} />
        </label>
        <div className="row">
          <button type="submit">Save greeting and sign-off</button>
          <button
            type="button"
            onClick={() => {
              setGreeting(DEFAULT_GREETING);
              setSignOff(DEFAULT_SIGN_OFF);
              void actions.saveWording(DEFAULT_GREETING, DEFAULT_SIGN_OFF);
            }}
          >
            Use the default wording
          </button>
        </div>
      </form>
    </section>
  );
}
