import { describe, expect, it } from 'vitest';
import { quoteWords } from '../../lib/interview';

const at = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

describe('Quote on selected words (issue 21)', () => {
  it.each([
    ['wraps the selected words', 'I want to lead a team', 'lead a team', 'I want to “lead a team”'],
    ['leaves the spaces a selection took with it outside', 'I want to lead a team', ' lead ', 'I want to “lead” a team'],
    ['takes marks off words selected with them', 'I want to “lead a team”', '“lead a team”', 'I want to lead a team'],
    ['takes marks off words selected inside them', 'I want to “lead a team”', 'lead a team', 'I want to lead a team'],
    [
      'never doubles marks the interviewer typed',
      'They said "no more on-call"',
      '"no more on-call"',
      'They said no more on-call',
    ],
  ])('%s', (_name, text, words, expected) => {
    const [start, end] = at(text, words);
    const quoted = quoteWords(text, start, end);
    expect(quoted?.text).toBe(expected);
    // The selection follows the words (and their new marks).
    expect(quoted && expected.slice(quoted.start, quoted.end).replace(/[“”"]/g, '')).toBe(words.trim().replace(/[“”"]/g, ''));
  });

  it.each([
    ['no selection', 'abc', 1, 1],
    ['only spaces', 'a   b', 1, 4],
  ])('does nothing for %s', (_name, text, start, end) => {
    expect(quoteWords(text, start, end)).toBeNull();
  });
});
