import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../lib/catalogue/scorer';
import { acceptedButGone, visibleSuggestions } from '../../lib/catalogue/visible';
import { offering } from './catalogue/fixtures';

const ranked: Suggestion[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ offering: offering(id), score: 10 - i, reasons: [] }));
const ids = (list: Suggestion[]) => list.map((s) => s.offering.id);

describe('which suggestions a need shows', () => {
  it.each([
    { why: 'the best three, the rest behind "Show more"', decided: [], all: false, shown: ['a', 'b', 'c'], hidden: 2 },
    { why: 'a decision further down stays in view', decided: ['e'], all: false, shown: ['a', 'b', 'c', 'e'], hidden: 1 },
    { why: 'everything once asked', decided: [], all: true, shown: ['a', 'b', 'c', 'd', 'e'], hidden: 0 },
  ])('$why', ({ decided, all, shown, hidden }) => {
    const result = visibleSuggestions(ranked, decided, all);
    expect(ids(result.shown)).toEqual(shown);
    expect(result.hidden).toBe(hidden);
  });

  it('an accepted offering no longer in the catalogue is shown from the copy kept in the interview', () => {
    const gone = acceptedButGone(
      [
        { offeringId: 'a', name: 'Still here', kind: 'people' },
        { offeringId: 'org.old', name: 'Old programme', kind: 'opportunities' },
        { offeringId: 'weird', name: '', kind: 'money' },
      ],
      [offering('a')],
    );
    expect(gone.map((s) => [s.offering.id, s.offering.name, s.offering.kind, s.reasons])).toEqual([
      ['org.old', 'Old programme', 'opportunities', ['Accepted earlier; no longer in the catalogue']],
      ['weird', 'weird', 'resources', ['Accepted earlier; no longer in the catalogue']],
    ]);
  });
});
