/**
 * Pacing fields (`budget:`, `time:`, `timer:`) live among the answers so they
 * merge per field, but they are not answers: not in the summary, not found by
 * search, not counted as progress, and the duration comes from the timer.
 */
import { describe, expect, it } from 'vitest';
import { isAnswerKey, NON_ANSWER_PREFIXES } from '../../lib/interview';
import { pauseTimer, startTimer, switchStep } from '../../lib/pacing';
import { reverseInterview } from '../../lib/script';
import { answersMatch } from '../../lib/store/search';
import { buildSummary, interviewDuration, profileOf } from '../../lib/summary';
import { CREATED_AT, newInterview, withFields } from './support';
import { keys, stepProgress } from './support/ri';

const MIN = 60_000;
const paced = () => {
  let iv = withFields(newInterview(), {
    [keys.budget('reality')]: '25',
    [keys.answer('difference', 'note')]: 'Pleased',
  });
  iv = startTimer(iv, CREATED_AT + MIN, CREATED_AT + MIN);
  iv = switchStep(iv, 'difference', CREATED_AT + 4 * MIN, CREATED_AT + 4 * MIN);
  return pauseTimer(iv, 'arenas', CREATED_AT + 43 * MIN, CREATED_AT + 43 * MIN);
};

describe('pacing fields are not answers', () => {
  it.each([
    [keys.budget('reality'), false],
    [keys.time('reality'), false],
    [keys.timerStartedAt, false],
    [keys.answer('difference', 'note'), true],
    [keys.grid('technical', 'learn'), true],
    [keys.mark(keys.answer('difference', 'note')), false],
    [keys.candidate, false],
  ])('%s is an answer: %s', (key, expected) => {
    expect(isAnswerKey(key)).toBe(expected);
  });

  it('one list of prefixes', () => {
    expect(NON_ANSWER_PREFIXES).toEqual(expect.arrayContaining(['budget:', 'time:', 'timer:']));
  });

  it('search does not find an interview by its timer or budget numbers', () => {
    const iv = paced();
    expect(answersMatch(iv, '25')).toBe(false);
    expect(answersMatch(iv, String(3 * MIN))).toBe(false);
    expect(answersMatch(iv, 'pleased')).toBe(true);
  });

  it('progress is the same with or without pacing fields', () => {
    for (const step of reverseInterview.steps) {
      const plain = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'Pleased' });
      expect(stepProgress(paced(), reverseInterview, step)).toEqual(stepProgress(plain, reverseInterview, step));
    }
  });

  it('the summary shows no pacing field', () => {
    const text = profileOf('lever').render(buildSummary(paced(), reverseInterview)).text;
    expect(text).not.toMatch(/budget|timer|180000|2340000/i);
    expect(text).toContain('Note: Pleased');
  });
});

describe('duration', () => {
  it('comes from the timer when it was used: 42 min of running time, not the 43 since creation', () => {
    expect(interviewDuration(paced())).toBe(42 * MIN);
    expect(buildSummary(paced(), reverseInterview).meta).toContainEqual({ label: 'Duration', value: '42 min' });
  });

  it('counts a still-running timer up to the copy', () => {
    const running = startTimer(newInterview(), CREATED_AT, CREATED_AT);
    expect(interviewDuration(running, CREATED_AT + 17 * MIN)).toBe(17 * MIN);
    expect(buildSummary(running, reverseInterview, { now: CREATED_AT + 17 * MIN }).meta).toContainEqual({
      label: 'Duration',
      value: '17 min',
    });
  });

  it('without the timer, a budget edit the next day does not stretch the interview', () => {
    const iv = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'Pleased' }, CREATED_AT + 30 * MIN);
    const later = withFields(iv, { [keys.budget('reality')]: '10' }, CREATED_AT + 24 * 60 * MIN);
    expect(interviewDuration(later)).toBe(30 * MIN);
  });
});
