import { describe, expect, it } from 'vitest';
import { InterviewSchema, markOf, setField, setMark } from '../../lib/interview';
import { CREATED_AT, newInterview } from './support';
import { keys } from './support/ri';

const T = CREATED_AT + 10_000;
const answer = keys.grid('technical', 'learn');

describe('marks on answers', () => {
  it('keys a mark beside the answer it marks', () => {
    expect(keys.mark(answer)).toBe('mark:grid:reality:technical:learn');
    expect(keys.mark(keys.offer('reality/technical/learn', 'people'))).toBe('mark:offer:match:reality/technical/learn:people');
  });

  it.each(['quote', 'followup'] as const)('sets %s, reads it back, and the record still validates', (mark) => {
    const marked = setMark(newInterview(), answer, mark, T);
    expect(markOf(marked, answer)).toBe(mark);
    expect(marked.fields[keys.mark(answer)]).toEqual({ v: mark, t: T });
    expect(InterviewSchema.safeParse(marked).success).toBe(true);
  });

  it('replaces one mark with the other, and clears with an empty string', () => {
    const quote = setMark(newInterview(), answer, 'quote', T);
    const followup = setMark(quote, answer, 'followup', T + 1);
    expect(markOf(followup, answer)).toBe('followup');
    const cleared = setMark(followup, answer, '', T + 2);
    expect(markOf(cleared, answer)).toBeUndefined();
    expect(cleared.fields[keys.mark(answer)]).toEqual({ v: '', t: T + 2 });
  });

  it('returns the same object when nothing changes (no write)', () => {
    const base = newInterview();
    expect(setMark(base, answer, '', T)).toBe(base);
    const quote = setMark(base, answer, 'quote', T);
    expect(setMark(quote, answer, 'quote', T + 1)).toBe(quote);
  });

  it.each<[string, string | boolean]>([
    ['an unknown word', 'important'],
    ['a tick', true],
    ['a capitalised mark', 'Quote'],
  ])('reads %s stored as a mark as unmarked', (_name, value) => {
    expect(markOf(setField(newInterview(), keys.mark(answer), value, T), answer)).toBeUndefined();
  });

  it('marks one answer only', () => {
    const marked = setMark(newInterview(), answer, 'quote', T);
    expect(markOf(marked, keys.grid('technical', 'obstacles'))).toBeUndefined();
  });
});
