import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { text } from '../../lib/interview';
import { readTimer, stepSpent } from '../../lib/pacing';
import { CREATED_AT, ID, implementGetKeys, must, settle, storedInterview } from './support';
import { makePanel } from './support/panel';
import { keys } from './support/ri';

const MIN = 60_000;
const NOTE = keys.answer('difference', 'note');

/** A clock the test moves: stamps are `now`, nudged 1 ms when two land on the same one. */
function testClock() {
  let now = CREATED_AT;
  let last = 0;
  const clock = () => {
    last = Math.max(now, last + 1);
    return last;
  };
  return { clock, advance: (ms: number) => (now += ms) };
}

async function started() {
  const time = testClock();
  const panel = makePanel({ clock: time.clock });
  await panel.actions.init();
  await panel.actions.start({ candidate: 'Ada', role: 'Engineer', atsLink: '' });
  const iv = () => must(panel.store.getState().interview);
  const status = () => panel.store.getState().status?.text;
  return { ...panel, ...time, iv, status };
}

describe('store: pacing and keyboard actions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('the timer runs, follows the steps and pauses; it is saved like an answer', async () => {
    const p = await started();
    p.actions.toggleTimer();
    expect(p.status()).toBe('Timer running.');
    p.advance(2 * MIN);
    p.actions.stepBy(1);
    p.advance(3 * MIN);
    p.actions.toggleTimer();
    expect(p.status()).toBe('Timer paused.');
    const timer = readTimer(p.iv());
    expect(timer.startedAt).toBeNull();
    // 1 ms per stamp that shared a millisecond: within a few ms of the minutes.
    expect(stepSpent(timer, 'difference', 'arenas', 0)).toBeCloseTo(2 * MIN, -1);
    expect(stepSpent(timer, 'arenas', 'arenas', 0)).toBeCloseTo(3 * MIN, -1);
    await settle();
    const saved = await storedInterview();
    expect(text(saved, keys.time('arenas'))).toBe(text(p.iv(), keys.time('arenas')));
  });

  it('moving while paused records no time', async () => {
    const p = await started();
    p.advance(5 * MIN);
    p.actions.goToNumber(3);
    expect(text(p.iv(), keys.step)).toBe('reality');
    expect(Object.keys(p.iv().fields).filter((k) => k.startsWith('time:'))).toEqual([]);
  });

  it('J/K and step numbers stop at either end', async () => {
    const p = await started();
    p.actions.stepBy(-1);
    expect(text(p.iv(), keys.step)).toBe('difference');
    p.actions.goToNumber(9);
    expect(text(p.iv(), keys.step)).toBe('difference');
    p.actions.goToNumber(5);
    p.actions.stepBy(1);
    expect(text(p.iv(), keys.step)).toBe('match');
    p.actions.stepBy(-1);
    expect(text(p.iv(), keys.step)).toBe('growth');
  });

  it.each([
    ['20', true, '20'],
    ['0', true, '0'],
    ['', true, ''],
    ['241', false, undefined],
    ['-1', false, undefined],
    ['2.5', false, undefined],
    ['ten', false, undefined],
  ])('setBudget(%j) accepted: %s', async (value, ok, stored) => {
    const p = await started();
    expect(p.actions.setBudget('reality', value)).toBe(ok);
    expect(p.iv().fields[keys.budget('reality')]?.v).toBe(stored);
  });

  it('marks toggle: a second press clears, and the status says which', async () => {
    const p = await started();
    p.actions.setAnswer(NOTE, 'Pleased');
    p.actions.keyboardMark(NOTE, 'quote');
    expect(text(p.iv(), keys.mark(NOTE))).toBe('quote');
    expect(p.status()).toBe('Marked as their own words.');
    p.actions.keyboardMark(NOTE, 'followup');
    expect(text(p.iv(), keys.mark(NOTE))).toBe('followup');
    expect(p.status()).toBe('Flagged to follow up.');
    p.actions.keyboardMark(NOTE, 'followup');
    expect(text(p.iv(), keys.mark(NOTE))).toBe('');
    expect(p.status()).toBe('Mark removed.');
  });

  it('the copied summary counts a running timer up to the copy', async () => {
    const p = await started();
    p.actions.toggleTimer();
    p.advance(25 * MIN + 1000);
    await p.actions.copySummary();
    expect(must(p.copy.mock.calls[0])[0].text).toContain('Duration: 25 min');
  });

  it('marking an interview done stops its timer', async () => {
    const p = await started();
    p.actions.toggleTimer();
    p.advance(30 * MIN);
    await p.actions.setStatus(ID, 'done');
    expect(readTimer(p.iv()).startedAt).toBeNull();
    p.advance(24 * 60 * MIN);
    expect(stepSpent(readTimer(p.iv()), 'difference', 'difference', 0)).toBeCloseTo(30 * MIN, -1);
  });
});
