/** Labels and header values: one line, single spaces. A line break in a label would break every list format. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * Answers: each line trimmed, blank lines dropped, any line ending made `\n`.
 * Blank lines are the section separator in plain text, and leading spaces are
 * its nesting, so neither may come from what was typed.
 */
export function cleanText(value: string): string {
  return value
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
