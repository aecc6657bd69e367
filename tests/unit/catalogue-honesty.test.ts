import { describe, expect, it } from 'vitest';
import { gapLine, honestyGap } from '../../lib/catalogue/honesty';
import { context, noMentoring, offering } from './catalogue/fixtures';

describe('honesty guard', () => {
  it('says plainly that the preferred mode has no offering, and lists what exists instead with reasons', () => {
    const gap = honestyGap(noMentoring, context);
    expect(gap?.title).toBe('No mentoring on offer');
    expect(gap?.message).toBe(
      'Nothing in your catalogue offers mentoring, the way they grow best. Say so plainly; do not promise it.',
    );
    // Course work also worked for them → first; then arena fits in catalogue order; "talks" fits neither.
    expect(gap?.instead.map((s) => [s.offering.id, s.reasons])).toEqual([
      ['book-budget', ['Serves course work, which also worked for them', 'Fits Technical growth']],
      ['pairing', ['Fits Technical growth']],
      ['lead-track', ['Fits Leadership growth']],
    ]);
  });

  it.each([
    { why: 'no preferred mode', catalogue: noMentoring, ctx: { ...context, preferred: undefined } },
    { why: 'one offering serves it', catalogue: [...noMentoring, offering('m', { modes: ['mentoring'] })], ctx: context },
  ])('stays quiet when $why', ({ catalogue, ctx }) => {
    expect(honestyGap(catalogue, ctx)).toBeNull();
  });

  it('with an empty catalogue says so, and offers nothing instead', () => {
    const gap = honestyGap([], context);
    expect(gap?.message).toMatch(/^Your catalogue is empty/);
    expect(gap?.instead).toEqual([]);
  });

  it('an organisation offering counts like a personal one', () => {
    expect(honestyGap([offering('org.m', { modes: ['mentoring'], source: 'org' })], context)).toBeNull();
  });

  it('the summary line records the gap as a gap, never as an offer', () => {
    expect(gapLine('Mentoring')).toBe('No mentoring on offer; none was promised');
  });
});
