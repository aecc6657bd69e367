import { describe, expect, it } from 'vitest';
import { scoreOffering, sharedWords, suggest } from '../../lib/catalogue/scorer';
import { meaningfulWords, stem } from '../../lib/catalogue/words';
import { arenaNeed, context, modeNeed, noMentoring, offering } from './catalogue/fixtures';

const withMentoring = [
  ...noMentoring,
  offering('mentors', { name: 'Mentoring programme', kind: 'people', modes: ['mentoring'], arenas: ['leadership'] }),
];

describe('scorer: needs × catalogue → ranked suggestions', () => {
  it.each([
    {
      why: 'arena fit and shared words rank first; arena fit alone next; off-topic left out',
      need: arenaNeed('technical', 'I want to run Kubernetes clusters and read more books'),
      catalogue: noMentoring,
      ranked: ['book-budget', 'pairing'],
    },
    {
      why: 'the preferred mode adds weight to an on-topic offering',
      need: arenaNeed('leadership', 'Leading a team for the first time'),
      catalogue: withMentoring,
      ranked: ['mentors', 'lead-track'],
    },
    {
      why: 'the preferred mode alone does not make an off-topic offering a suggestion',
      need: arenaNeed('technical', 'Rust'),
      catalogue: [offering('mentors', { modes: ['mentoring'], arenas: ['leadership'] })],
      ranked: [],
    },
    {
      why: 'words shared with the answer bring in an offering from another arena',
      need: arenaNeed('technical', 'Speaking at conferences scares me', 'obstacles'),
      catalogue: noMentoring,
      ranked: ['book-budget', 'pairing', 'talks'],
    },
    {
      why: 'the growth-mode need takes only offerings that serve the mode, arenas breaking ties',
      need: modeNeed('apprenticeship'),
      catalogue: noMentoring,
      ranked: ['pairing', 'lead-track'],
    },
    {
      why: 'the growth-mode need with no offering for it has no suggestions (the honesty guard speaks instead)',
      need: modeNeed('mentoring'),
      catalogue: noMentoring,
      ranked: [],
    },
    {
      why: 'equal scores keep the catalogue order',
      need: arenaNeed('technical', 'nothing in common'),
      catalogue: [offering('b', { arenas: ['technical'] }), offering('a', { arenas: ['technical'] })],
      ranked: ['b', 'a'],
    },
    { why: 'an empty catalogue suggests nothing', need: arenaNeed('technical', 'Kubernetes'), catalogue: [], ranked: [] },
  ])('$why', ({ need, catalogue, ranked }) => {
    expect(suggest(need, catalogue, context).map((s) => s.offering.id)).toEqual(ranked);
  });

  it('every point comes with a reason the panel shows', () => {
    const need = arenaNeed('leadership', 'Leading my first project');
    const s = scoreOffering(
      need,
      offering('x', { modes: ['mentoring'], arenas: ['leadership'], description: 'Lead a project with help' }),
      context,
    );
    expect(s.reasons).toEqual([
      'Serves mentoring, the way they grow best',
      'Fits Leadership growth',
      'Shares words with their answer: leading, project',
    ]);
    expect(s.score).toBe(3 + 2 + 2);
  });

  it('shared words count at most three points but the reason names up to five', () => {
    const need = arenaNeed('personal', 'alpha bravo charlie delta echoes foxtrot');
    const s = scoreOffering(need, offering('x', { tags: ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'] }), context);
    expect(s.score).toBe(3);
    expect(s.reasons).toEqual(['Shares words with their answer: alpha, bravo, charlie, delta, echoes']);
  });

  it('words are folded, stemmed lightly, and common words never match', () => {
    expect(stem('mentoring')).toBe('mentor');
    expect(stem('talks')).toBe('talk');
    expect(stem('bus')).toBe('bus');
    expect([...meaningfulWords('The Café and the WORK we want').keys()]).toEqual(['cafe']);
    expect(sharedWords('I would love a mentor', offering('m', { name: 'Mentoring circle' }))).toEqual(['mentor']);
    expect(sharedWords('what I want to learn is this', offering('m', { description: 'what you want to learn' }))).toEqual([]);
  });
});
