/**
 * The message for the candidate's own words, editable in options (settings
 * `candidateGreeting`, `candidateSignOff`; unset: these). `{name}` becomes the
 * candidate's name and `{interviewer}` yours (options, "Your name"). Small and
 * apart from the renderer, so the options page shows the defaults without it.
 */
export const DEFAULT_GREETING =
  'Hi {name},\n\nThank you for talking with me today. Here is what I heard about where you want to grow, and what we can honestly offer you.';
export const DEFAULT_SIGN_OFF = 'Best regards,\n{interviewer}';

/** Longest greeting or sign-off the settings keep. */
export const WORDING_MAX = 2000;
