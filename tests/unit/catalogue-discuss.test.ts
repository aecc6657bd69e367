import { describe, expect, it } from 'vitest';
import { foldedLine, planNeeds } from '../../lib/catalogue/discuss';
import type { Need } from '../../lib/steps/match';
import { arenaNeed, context, modeNeed, offering } from './catalogue/fixtures';

const catalogue = [
  offering('lead-track', { name: 'Tech lead track', arenas: ['leadership'], tags: ['delegation'] }),
  offering('books', { name: 'Book budget', arenas: ['technical'], tags: ['books'] }),
  offering('talks', { name: 'Friday talks', arenas: ['personal'], tags: ['speaking'] }),
  offering('mentors', { name: 'Mentoring programme', modes: ['mentoring'], arenas: ['leadership'] }),
];

const needs: Need[] = [
  arenaNeed('technical', 'Rust', 'learn'), // arena fit only: not a good match
  arenaNeed('technical', 'No time for deep work', 'obstacles'), // nothing speaks to it
  arenaNeed('leadership', 'Grow into a tech lead', 'learn'), // name match: strongest
  arenaNeed('personal', 'Speaking at all-hands', 'learn'), // tag match
  arenaNeed('teamwork', 'Remote pairing', 'learn'), // nothing
  modeNeed('mentoring'), // serves the mode: good
];

const none = { chosen: () => undefined, recorded: () => false };
const ids = (plans: { need: Need }[]) => plans.map((p) => p.need.id);

describe('step 5: which needs to discuss (issue 21)', () => {
  it('by default, the three strongest good matches, strongest first; the rest folded, good ones first', () => {
    const plan = planNeeds(needs, catalogue, context, none);
    expect(ids(plan.discussed)).toEqual(['reality/leadership/learn', 'reality/personal/learn', 'growth/mentoring']);
    expect(ids(plan.folded)).toEqual(['reality/technical/learn', 'reality/technical/obstacles', 'reality/teamwork/learn']);
    expect(foldedLine(plan.folded)).toBe('3 more needs: no good fit');
  });

  it('never folds what was recorded, or the need the honesty guard speaks for', () => {
    const plan = planNeeds(needs, catalogue, context, {
      ...none,
      recorded: (id) => id === 'reality/teamwork/learn',
      guarded: 'reality/technical/obstacles',
    });
    expect(ids(plan.discussed)).toEqual(
      expect.arrayContaining([
        'reality/leadership/learn',
        'reality/personal/learn',
        'growth/mentoring',
        'reality/teamwork/learn',
        'reality/technical/obstacles',
      ]),
    );
    expect(ids(plan.folded)).toEqual(['reality/technical/learn']);
  });

  it('the interviewer’s choice wins both ways', () => {
    const plan = planNeeds(needs, catalogue, context, {
      chosen: (id) => (id === 'reality/leadership/learn' ? false : id === 'reality/teamwork/learn' ? true : undefined),
      recorded: () => false,
    });
    expect(ids(plan.discussed)).not.toContain('reality/leadership/learn');
    expect(ids(plan.discussed)).toContain('reality/teamwork/learn');
    expect(ids(plan.folded)[0]).toBe('reality/leadership/learn');
    expect(foldedLine(plan.folded)).toBe('3 more needs, 1 with a good fit');
  });

  it('with fewer good matches (or no catalogue), the first needs said fill the three', () => {
    expect(ids(planNeeds(needs, [], context, none).discussed)).toEqual([
      'reality/technical/learn',
      'reality/technical/obstacles',
      'reality/leadership/learn',
    ]);
    expect(foldedLine(planNeeds(needs.slice(0, 4), [], context, none).folded)).toBe('1 more need: no good fit');
  });
});
