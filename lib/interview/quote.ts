/**
 * "Quote" with words selected in an answer wraps those words in quotation
 * marks in the answer itself (issue 21), rather than marking the whole answer
 * as the candidate's words. Pressed again on words already in marks, it takes
 * them off: marks are never doubled, whether the panel or the interviewer typed them.
 */
const OPEN = '\u201c';
const CLOSE = '\u201d';
const OPENING = new Set(['"', '\u201c', '\u201e', '\u00ab', '\u2018', "'"]);
const CLOSING = new Set(['"', '\u201d', '\u201c', '\u00bb', '\u2019', "'"]);

export interface Quoted {
  text: string;
  /** The quoted words' new place, marks included, so the selection can follow them. */
  start: number;
  end: number;
}

export function quoteWords(value: string, from: number, to: number): Quoted | null {
  let start = Math.max(0, Math.min(from, to));
  let end = Math.min(value.length, Math.max(from, to));
  // The words, not the spaces a double-click or a drag takes with them.
  while (start < end && /\s/.test(value[start] ?? '')) start += 1;
  while (end > start && /\s/.test(value[end - 1] ?? '')) end -= 1;
  if (start === end) return null;
  const inside = value.slice(start, end);
  // Marks selected with the words: take them off.
  if (inside.length >= 2 && OPENING.has(inside[0] ?? '') && CLOSING.has(inside[inside.length - 1] ?? '')) {
    const bare = inside.slice(1, -1);
    return { text: value.slice(0, start) + bare + value.slice(end), start, end: start + bare.length };
  }
  // Marks just outside the selection: take them off too.
  if (OPENING.has(value[start - 1] ?? '') && CLOSING.has(value[end] ?? '')) {
    return { text: value.slice(0, start - 1) + inside + value.slice(end + 1), start: start - 1, end: end - 1 };
  }
  return {
    text: `${value.slice(0, start)}${OPEN}${inside}${CLOSE}${value.slice(end)}`,
    start,
    end: end + 2,
  };
}
