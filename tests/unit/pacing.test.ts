import { describe, expect, it } from 'vitest';
import { setField } from '../../lib/interview';
import {
  budgetMinutes,
  clockText,
  isRunning,
  paceAt,
  paceSnapshot,
  pauseTimer,
  readTimer,
  remaining,
  remainingPhrase,
  spentText,
  spentWords,
  startTimer,
  stepPace,
  stepSpent,
  switchStep,
  totalBudgetMs,
  totalSpent,
  wasUsed,
} from '../../lib/pacing';
import { reverseInterview } from '../../lib/script';
import { CREATED_AT, must, newInterview, withFields } from './support';
import { keys } from './support/ri';

const MIN = 60_000;
const T0 = CREATED_AT + 10_000;
const step = (id: string) => must(reverseInterview.steps.find((s) => s.id === id));

/** An injected clock: `at(m)` is m minutes after the timer's first start. */
const at = (minutes: number) => T0 + minutes * MIN;

describe('timer', () => {
  it('is stopped and unused on a new interview', () => {
    const timer = readTimer(newInterview());
    expect(isRunning(timer)).toBe(false);
    expect(wasUsed(timer)).toBe(false);
    expect(totalSpent(timer, at(5))).toBe(0);
  });

  it('runs from its start, pauses, resumes, and counts only running time', () => {
    let iv = startTimer(newInterview(), at(0), at(0));
    expect(totalSpent(readTimer(iv), at(3))).toBe(3 * MIN);
    iv = pauseTimer(iv, 'difference', at(3), at(3));
    expect(isRunning(readTimer(iv))).toBe(false);
    // Paused for ten minutes: nothing counts.
    expect(totalSpent(readTimer(iv), at(13))).toBe(3 * MIN);
    iv = startTimer(iv, at(13), at(13));
    expect(stepSpent(readTimer(iv), 'difference', 'difference', at(14))).toBe(4 * MIN);
    expect(wasUsed(readTimer(iv))).toBe(true);
  });

  it('starting a running timer or pausing a paused one changes nothing', () => {
    const running = startTimer(newInterview(), at(0), at(0));
    expect(startTimer(running, at(1), at(1))).toBe(running);
    const paused = pauseTimer(running, 'difference', at(2), at(2));
    expect(pauseTimer(paused, 'difference', at(3), at(3))).toBe(paused);
  });

  it('moving between steps gives each step its own time', () => {
    let iv = startTimer(newInterview(), at(0), at(0));
    iv = switchStep(iv, 'difference', at(2), at(2));
    iv = switchStep(iv, 'arenas', at(5), at(5));
    const timer = readTimer(iv);
    expect(stepSpent(timer, 'difference', 'reality', at(9))).toBe(2 * MIN);
    expect(stepSpent(timer, 'arenas', 'reality', at(9))).toBe(3 * MIN);
    expect(stepSpent(timer, 'reality', 'reality', at(9))).toBe(4 * MIN);
    expect(totalSpent(timer, at(9))).toBe(9 * MIN);
  });

  it('switching steps while paused records nothing', () => {
    const iv = newInterview();
    expect(switchStep(iv, 'difference', at(1), at(1))).toBe(iv);
  });

  it.each([
    ['garbage', 'soon'],
    ['negative', '-5000'],
    ['blank', ''],
  ])('a %s stored value counts as nothing', (_what, value) => {
    const iv = withFields(newInterview(), { [keys.time('difference')]: value, [keys.timerStartedAt]: value });
    expect(readTimer(iv)).toEqual({ startedAt: null, spent: {} });
  });

  it('a start stamped in the future (another clock) counts as nothing yet, never negative', () => {
    const iv = startTimer(newInterview(), at(10), at(10));
    expect(totalSpent(readTimer(iv), at(9))).toBe(0);
  });
});

describe('budgets', () => {
  it.each([
    ['the script’s when not set', undefined, 16],
    ['this interview’s own', '20', 20],
    ['none when set to 0', '0', null],
    ['the script’s when the stored value is not a number', 'lots', 16],
    ['the script’s when the stored value is out of range', '999', 16],
    ['the script’s when cleared', '', 16],
  ])('%s', (_what, value, expected) => {
    const iv = value === undefined ? newInterview() : setField(newInterview(), keys.budget('reality'), value, at(0));
    expect(budgetMinutes(iv, step('reality'))).toBe(expected);
  });

  it('the whole budget is the sum of the steps’ (2 + 3 + 16 + 5 + 8)', () => {
    expect(totalBudgetMs(newInterview(), reverseInterview)).toBe(34 * MIN);
  });

  it.each([
    [1, 0],
    [2, 0],
    [3, MIN],
    [7.5, 5.5 * MIN],
  ])('step 1 (2 min budget) after %d min is over by %d ms', (minutes, over) => {
    const iv = startTimer(newInterview(), at(0), at(0));
    expect(stepPace(iv, step('difference'), readTimer(iv), 'difference', at(minutes)).overMs).toBe(over);
  });

  it('a step without a budget is never over', () => {
    const iv = setField(startTimer(newInterview(), at(0), at(0)), keys.budget('difference'), '0', at(0));
    expect(stepPace(iv, step('difference'), readTimer(iv), 'difference', at(60))).toMatchObject({ budgetMs: null, overMs: 0 });
  });
});

describe('remaining', () => {
  const onReality = (fields: Record<string, string | boolean>) =>
    withFields(newInterview(), { [keys.step]: 'reality', ...fields });
  const arenas = {
    [keys.arena('technical')]: true,
    [keys.arena('leadership')]: true,
    [keys.arena('teamwork')]: true,
  };
  const techDone = {
    [keys.grid('technical', 'strengths')]: 'Go',
    [keys.grid('technical', 'learn')]: 'Rust',
    [keys.grid('technical', 'obstacles')]: 'Time',
  };

  it('on the arena grid: arenas not fully answered and the step’s budget left ("2 arenas left, 8 min")', () => {
    let iv = startTimer(onReality({ ...arenas, ...techDone, [keys.grid('leadership', 'learn')]: 'Coaching' }), at(0), at(0));
    iv = setField(iv, keys.budget('reality'), '16', at(0));
    const left = must(remaining(iv, reverseInterview, readTimer(iv), 'reality', at(8)));
    expect(left).toEqual({ unit: 'arena', count: 2, ms: 8 * MIN });
    expect(remainingPhrase(left)).toBe('2 arenas left, 8 min');
  });

  it('on the arena grid, over its budget', () => {
    const iv = startTimer(onReality(arenas), at(0), at(0));
    expect(remainingPhrase(must(remaining(iv, reverseInterview, readTimer(iv), 'reality', at(18.5))))).toBe(
      '3 arenas left, 3 min over',
    );
  });

  it('elsewhere: steps from here to the end and the whole budget left', () => {
    let iv = startTimer(newInterview(), at(0), at(0));
    iv = switchStep(iv, 'difference', at(3), at(3));
    const left = must(remaining(iv, reverseInterview, readTimer(iv), 'arenas', at(4)));
    expect(left).toEqual({ unit: 'step', count: 4, ms: 30 * MIN });
    expect(remainingPhrase(left)).toBe('4 steps left, 30 min');
  });

  it('on the grid once every arena is answered, falls back to steps', () => {
    const iv = onReality({ [keys.arena('technical')]: true, ...techDone });
    expect(remaining(iv, reverseInterview, readTimer(iv), 'reality', at(0))).toMatchObject({ unit: 'step', count: 3 });
  });

  it('none when no step has a budget', () => {
    const script = { ...reverseInterview, steps: reverseInterview.steps.map(({ budgetMinutes: _b, ...s }) => s) };
    const iv = newInterview();
    expect(remaining(iv, script, readTimer(iv), 'difference', at(0))).toBeNull();
  });
});

describe('phrases', () => {
  it.each([
    [{ unit: 'step' as const, count: 1, ms: 30_000 }, '1 step left, 1 min'],
    [{ unit: 'step' as const, count: 5, ms: 34 * MIN }, '5 steps left, 34 min'],
    [{ unit: 'arena' as const, count: 1, ms: 0 }, '1 arena left, 0 min'],
    [{ unit: 'arena' as const, count: 4, ms: -1 }, '4 arenas left, 1 min over'],
  ])('%o reads "%s"', (left, phrase) => {
    expect(remainingPhrase(left)).toBe(phrase);
  });

  it.each([
    [0, '0:00'],
    [7_900, '0:07'],
    [12 * MIN + 4_000, '12:04'],
    [62 * MIN + 3_000, '1:02:03'],
    [-5, '0:00'],
  ])('clock %d ms is %s', (ms, expected) => {
    expect(clockText(ms)).toBe(expected);
  });

  it.each([
    [3.5 * MIN, 5 * MIN, '3/5 min', '3 of 5 minutes'],
    [7 * MIN, 5 * MIN, '7/5 min', '2 minutes over budget'],
    [5 * MIN + 1, 5 * MIN, '5/5 min', '1 minute over budget'],
    [MIN, null, '1 min', '1 minute spent'],
  ])('spent %d of %s', (spent, budget, short, words) => {
    expect(spentText(spent, budget)).toBe(short);
    expect(spentWords(spent, budget)).toBe(words);
  });
});

describe('snapshot', () => {
  it.each([0, 0.5, 3, 17.5, 40])('paceAt(snapshot, %d min in) equals reading the interview at that moment', (minutes) => {
    let iv = withFields(newInterview(), {
      [keys.arena('technical')]: true,
      [keys.arena('teamwork')]: true,
      [keys.grid('technical', 'learn')]: 'Rust',
    });
    iv = startTimer(iv, at(-5), at(-5));
    iv = switchStep(iv, 'difference', at(-2), at(-2));
    for (const stepId of ['arenas', 'reality']) {
      const now = at(minutes);
      const s = must(reverseInterview.steps.find((x) => x.id === stepId));
      const moved = setField(iv, keys.step, stepId, at(-2));
      const timer = readTimer(moved);
      expect(paceAt(paceSnapshot(moved, reverseInterview, s), now)).toEqual({
        totalMs: totalSpent(timer, now),
        step: stepPace(moved, s, timer, stepId, now),
        remaining: remaining(moved, reverseInterview, timer, stepId, now),
      });
    }
  });
});
