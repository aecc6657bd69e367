import * as z from 'zod/mini';

// Zod 4 probes `new Function` when it loads, which the extension's CSP
// forbids. Every schema imports `z` from here so this runs first.
z.config({ jitless: true });

export { z };

/** One line per problem, each with the path that failed, e.g. `fields.q1.v: expected string`. */
export function describeIssues(error: z.core.$ZodError, limit = 5): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issueText(issue)}`;
  });
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more`);
  return lines;
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod says "record" for an object of any keys; people say "object".
      return `expected ${issue.expected === 'record' ? 'object' : issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.inclusive === false
        ? `must be more than ${String(issue.minimum)}`
        : `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return issue.inclusive === false
        ? `must be less than ${String(issue.maximum)}`
        : `too big (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? `does not match the pattern ${issue.pattern ?? ''}`.trim()
        : `not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unexpected keys ${issue.keys.join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})`;
  }
}
