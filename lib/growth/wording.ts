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

/** A template filled: `{name}` and `{interviewer}` replaced (an empty one goes with the space before it), as paragraphs of trimmed lines. */
export function paragraphs(template: string, values: Readonly<Record<'name' | 'interviewer', string>>): string[][] {
  const filled = template.replace(/[ \t]*\{(name|interviewer)\}/g, (found, key: 'name' | 'interviewer') =>
    values[key] ? found.replace(`{${key}}`, () => values[key]) : '',
  );
  const out: string[][] = [[]];
  for (const line of filled.split(/\r\n|[\r\n\u2028\u2029]/).map((l) => l.trim())) {
    const last = out[out.length - 1] as string[];
    if (line !== '') last.push(line);
    else if (last.length > 0) out.push([]);
  }
  return out.filter((p) => p.length > 0);
}
