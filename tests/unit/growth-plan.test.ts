import { describe, expect, it } from 'vitest';
import { buildGrowthPlan, type GrowthPlan, NOT_TODAY, NOT_TODAY_BUT, type PlanItem, reachedSteps } from '../../lib/growth';
import { paragraphs } from '../../lib/growth/wording';
import { type Interview, setMark } from '../../lib/interview';
import { reverseInterview, type Script, StepSchema } from '../../lib/script';
import { modeKeys } from '../../lib/steps/growth-modes';
import { matchKeys } from '../../lib/steps/match';
import { must, newInterview, withFields } from './support';
import { keys, setPreferredMode, toggleArena } from './support/ri';
import { fullInterview, GROWTH_CATALOGUE } from './support/summary-fixtures';

const T = Date.UTC(2026, 10, 3, 12, 0, 0);
const script = reverseInterview;

/** Each section as lines: "title", "- label: text", "  - child: text" (an href after " → "). */
function lines(plan: GrowthPlan): string[] {
  const item = (i: PlanItem, depth: number): string[] => [
    `${'  '.repeat(depth)}- ${i.text ? `${i.label}: ${i.text}` : i.label}${i.href ? ` → ${i.href}` : ''}`,
    ...i.children.flatMap((c) => item(c, depth + 1)),
  ];
  return plan.sections.flatMap((s) => [s.title, ...s.items.flatMap((i) => item(i, 0))]);
}

const built = (
  i: Interview,
  options: Parameters<typeof buildGrowthPlan>[2] = { catalogue: GROWTH_CATALOGUE },
  s: Script = script,
) => buildGrowthPlan(i, s, options);

/** Technical growth chosen, what they want to learn and their obstacle, mentoring preferred; on step 5. */
function setUp(): Interview {
  let i = newInterview();
  i = toggleArena(i, script, 'technical', true, T + 10).interview;
  i = setPreferredMode(i, 'mentoring', T + 11);
  return withFields(
    i,
    {
      [keys.grid('technical', 'strengths')]: 'Go services',
      [keys.grid('technical', 'learn')]: 'Distributed systems',
      [keys.grid('technical', 'obstacles')]: 'On-call eats my weeks',
      [keys.step]: 'match',
    },
    T + 20,
  );
}

describe('the message for the candidate', () => {
  it('says what they chose and want in their words, how they grow, and what we offer or do not have', () => {
    const i = withFields(
      setUp(),
      {
        [keys.match('reality/technical/learn', 'learning-budget')]: 'accepted',
        [keys.offeringName('reality/technical/learn', 'learning-budget')]: 'Yearly learning budget',
        [keys.offeringKind('reality/technical/learn', 'learning-budget')]: 'resources',
        [keys.offer('reality/technical/learn', 'people')]: 'Priya, our staff engineer',
        [keys.gap('mentoring')]: true,
      },
      T + 30,
    );
    expect(lines(built(i).plan)).toEqual([
      'Where you want to grow',
      '- Technical growth',
      'What you want to learn',
      '- Technical growth: Distributed systems',
      'How you like to grow',
      '- What has worked for you: Mentoring',
      '- What suits you best: Mentoring',
      'What we can offer',
      '- Technical growth',
      '  - People: Priya, our staff engineer',
      '  - Yearly learning budget: Courses, books & conference tickets, spent <b>without</b> sign-off. → https://wiki.example/learning?team=platform&year=2027',
      '- Mentoring (how you like to grow)',
      `  - ${NOT_TODAY}`,
    ]);
  });

  it('leaves out notes, ticks, strengths, marks and follow-ups, whatever they hold', () => {
    let i = withFields(
      setUp(),
      {
        [keys.check('difference', 'said')]: true,
        [keys.answer('difference', 'note')]: 'STEP-1 NOTE',
        [keys.answer('growth', 'notes')]: 'GROWTH NOTES',
        [keys.answer('match', 'reaction')]: 'THEIR REACTION',
        [keys.take]: 'MY TAKE',
        [keys.match('reality/technical/learn', 'learning-budget')]: 'accepted',
        [keys.matchNote('reality/technical/learn', 'learning-budget')]: 'OFFER NOTE',
      },
      T + 30,
    );
    i = setMark(i, keys.grid('technical', 'learn'), 'quote', T + 40);
    i = setMark(i, keys.offer('reality/technical/learn', 'people'), 'followup', T + 41);
    const all = JSON.stringify(built(i).plan);
    for (const note of ['STEP-1 NOTE', 'GROWTH NOTES', 'THEIR REACTION', 'MY TAKE', 'OFFER NOTE', 'Go services', 'I explained']) {
      expect(all).not.toContain(note);
    }
    // The quoted answer as typed, without the quotation marks a quote mark adds in the summary; no "Follow up".
    expect(lines(built(i).plan)).toContain('- Technical growth: Distributed systems');
    expect(all).not.toMatch(/[“”]|Follow up/);
  });

  it('gives obstacles, and step 5’s answers to them, only when ticked in; says whether there are any', () => {
    const i = withFields(setUp(), { [keys.noOffer('reality/technical/obstacles')]: true }, T + 30);
    const without = built(i);
    expect(without.hasObstacles).toBe(true);
    expect(JSON.stringify(without.plan)).not.toContain('On-call');
    expect(lines(without.plan)).not.toContain('What we can offer');
    const withThem = built(i, { catalogue: [], obstacles: true });
    expect(lines(withThem.plan)).toEqual(
      expect.arrayContaining([
        'What gets in the way',
        '- Technical growth: On-call eats my weeks',
        'What we can offer',
        '- Technical growth',
        `  - ${NOT_TODAY}`,
      ]),
    );
    expect(built(newInterview()).hasObstacles).toBe(false);
  });

  it('names an arena’s two needs apart when both are in step 5', () => {
    const i = withFields(
      setUp(),
      {
        [keys.offer('reality/technical/learn', 'people')]: 'A guild',
        [keys.offer('reality/technical/obstacles', 'resources')]: 'Study days',
      },
      T + 30,
    );
    expect(lines(built(i, { catalogue: [], obstacles: true }).plan).filter((l) => l.startsWith('- Technical growth ('))).toEqual([
      '- Technical growth (what you want to learn)',
      '- Technical growth (what gets in the way)',
    ]);
  });

  it.each([
    ['an offer after the tick', T + 40, T + 30, ['  - People: A guild']],
    ['the tick after the offer', T + 30, T + 40, [`  - ${NOT_TODAY}`]],
  ])('offer and "nothing to offer": the later word stands (%s)', (_, offerAt, tickAt, expected) => {
    let i = withFields(setUp(), { [keys.noOffer('reality/technical/learn')]: true }, tickAt);
    i = withFields(i, { [keys.offer('reality/technical/learn', 'people')]: 'A guild' }, offerAt);
    expect(lines(built(i).plan).slice(-expected.length)).toEqual(expected);
  });

  it('a need nothing was said about in step 5 is left out: silence is not a "no"', () => {
    expect(lines(built(setUp()).plan)).not.toContain('What we can offer');
  });

  it('a recorded gap with offers of another kind: "not today", then what comes closest', () => {
    const i = withFields(
      setUp(),
      { [keys.gap('mentoring')]: true, [keys.offer('growth/mentoring', 'people')]: 'Pairing' },
      T + 30,
    );
    expect(lines(built(i).plan).slice(-3)).toEqual([
      '- Mentoring (how you like to grow)',
      `  - ${NOT_TODAY_BUT}`,
      '  - People: Pairing',
    ]);
  });

  it('an accepted offering no longer in the catalogue is left out and named', () => {
    const i = withFields(
      setUp(),
      {
        [keys.match('reality/technical/learn', 'gone')]: 'accepted',
        [keys.offeringName('reality/technical/learn', 'gone')]: 'Old programme',
      },
      T + 30,
    );
    const { plan, leftOut } = built(i);
    expect(leftOut).toEqual(['Old programme']);
    expect(JSON.stringify(plan)).not.toContain('Old programme');
  });

  it('the full interview: what it withdrew or rejected stays out, its gap stays in', () => {
    const text = JSON.stringify(built(fullInterview()).plan);
    for (const out of ['Mentoring programme', 'Tech lead track', 'Friday internal talks', 'Not chosen'])
      expect(text).not.toContain(out);
    expect(text).toContain(NOT_TODAY_BUT);
  });
});

describe('steps reached, and scripts of one’s own', () => {
  it('reaches up to the step it is on or the last with anything captured, whichever is further', () => {
    const ids = (i: Interview) => reachedSteps(i, script).map((s) => s.id);
    const i = newInterview();
    expect(ids(i)).toEqual(['difference']);
    expect(ids(withFields(i, { [keys.step]: 'reality' }))).toEqual(['difference', 'arenas', 'reality']);
    // Back on step 2 after step 4 was answered: step 4 is still reached.
    const back = withFields(setPreferredMode(i, 'courses', T), { [keys.step]: 'arenas' }, T + 1);
    expect(ids(back)).toEqual(['difference', 'arenas', 'reality', 'growth']);
  });

  it('a step not reached gives nothing, not even what it would derive from earlier ones', () => {
    // On step 4, mentoring preferred and step 5 arranged but not answered: no "we don't have this today" for what was never discussed.
    const i = withFields(setUp(), { [keys.step]: 'growth', [keys.discuss('growth/mentoring')]: true }, T + 30);
    expect(built(i).plan.sections.map((s) => s.id)).toEqual(['arenas', 'learn', 'modes']);
  });

  it('sections come from the kinds the script has, with keys scoped to its own step ids', () => {
    const modes = must(script.steps.find((s) => s.kind === 'growthModes'));
    const match = must(script.steps.find((s) => s.kind === 'match'));
    const own: Script = {
      ...script,
      id: 'short',
      name: 'Short',
      steps: [
        StepSchema.parse({ ...script.steps[0], id: 'hello' }),
        StepSchema.parse({ ...modes, id: 'ways' }),
        StepSchema.parse({ ...match, id: 'offer' }),
      ],
    };
    const i = withFields(
      newInterview(),
      {
        [keys.step]: 'offer',
        [modeKeys.mode('ways', 'courses')]: true,
        [modeKeys.preferred('ways')]: 'courses',
        [matchKeys.offer('offer', 'ways/courses', 'resources')]: 'A course budget',
      },
      T,
    );
    expect(lines(built(i, { catalogue: [] }, own).plan)).toEqual([
      'How you like to grow',
      '- What has worked for you: Course work',
      '- What suits you best: Course work',
      'What we can offer',
      '- Course work (how you like to grow)',
      '  - Resources: A course budget',
    ]);
  });

  it('a script with only questions: greeting and sign-off, nothing between', () => {
    const own: Script = { ...script, id: 'chat', steps: [must(script.steps[0])] };
    const i = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'Nice chat' }, T);
    const { plan } = built(i, { catalogue: [] }, own);
    expect(plan.sections).toEqual([]);
    expect(plan.opening.length).toBeGreaterThan(0);
  });
});

describe('greeting and sign-off', () => {
  it.each([
    ['Hi {name},\n\n  Thanks!  \n\n\n', { name: 'Ada', interviewer: '' }, [['Hi Ada,'], ['Thanks!']]],
    ['Hi {name},', { name: '', interviewer: '' }, [['Hi,']]],
    ['Best,\n{interviewer}', { name: '', interviewer: '' }, [['Best,']]],
    ['Best,\n{interviewer}', { name: '', interviewer: "$& $' $1" }, [['Best,', "$& $' $1"]]],
    ['{name} {unknown}', { name: '{interviewer}', interviewer: 'X' }, [['{interviewer} {unknown}']]],
    ['', { name: 'Ada', interviewer: 'G' }, []],
  ])('%j', (template, values, expected) => {
    expect(paragraphs(template, values)).toEqual(expected);
  });

  it('uses the settings’ wording and names, each on one line', () => {
    const i = withFields(newInterview(), { [keys.candidate]: ' Ada \n Lovelace ' }, T);
    const { plan } = built(i, {
      catalogue: [],
      greeting: 'Dear {name}',
      signOff: '— {interviewer}',
      interviewer: 'Grace\nHopper',
    });
    expect(plan.opening).toEqual([['Dear Ada Lovelace']]);
    expect(plan.closing).toEqual([['— Grace Hopper']]);
  });
});
