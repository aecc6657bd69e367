import type { InterviewsStore } from '../lib/store/interviews';

/**
 * "Quote" (button or Alt+Shift+Q) with words selected in an answer: those
 * words go into quotation marks in the answer itself, and stay selected in
 * the answer, which keeps the focus. False when nothing is selected, and the
 * whole answer's mark is toggled instead.
 */
export function quoteInAnswer(
  actions: InterviewsStore['actions'],
  box: HTMLTextAreaElement,
  fieldKey: string,
  [start, end]: readonly [number, number],
): boolean {
  if (start === end) return false;
  const quoted = actions.quoteWords(fieldKey, start, end);
  if (!quoted) return false;
  // After React has written the new value (which puts the caret at the end).
  requestAnimationFrame(() => {
    box.focus();
    box.setSelectionRange(quoted.start, quoted.end);
  });
  return true;
}
