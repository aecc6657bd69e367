import { describe, expect, it } from 'vitest';
import { reverseInterview as script, stepOfKind } from '../../lib/script';
import { answersMatch } from '../../lib/store/search';
import { buildSummary, type Summary } from '../../lib/summary';
import { must, newInterview, withFields } from './support';
import { keys, setPreferredMode, stepProgress, toggleArena } from './support/ri';

const T = Date.UTC(2026, 10, 3, 12, 0, 0);

function setUp() {
  let i = newInterview();
  i = toggleArena(i, script, 'technical', true, T + 10).interview;
  i = setPreferredMode(i, 'mentoring', T + 11);
  return withFields(i, { [keys.grid('technical', 'learn')]: 'Kubernetes operations' }, T + 20);
}

const accept = (need: string, id: string, name: string, kind: string, modes = '') => ({
  [keys.match(need, id)]: 'accepted',
  [keys.offeringName(need, id)]: name,
  [keys.offeringKind(need, id)]: kind,
  [keys.offeringModes(need, id)]: modes,
});

function matchSection(summary: Summary): string[] {
  const section = summary.sections.find((s) => s.stepId === 'match');
  return (section?.items ?? []).flatMap((it) => [
    `${it.label}: ${it.text}`,
    ...it.children.map((c) => `  ${c.label}: ${c.text}`),
  ]);
}

describe('step 5 with the catalogue: summary, progress, search', () => {
  it('lists accepted offerings by the name kept at acceptance, and the gap as a gap', () => {
    const i = withFields(
      setUp(),
      {
        ...accept('reality/technical/learn', 'org.k8s-course', 'Kubernetes course', 'resources'),
        [keys.matchNote('reality/technical/learn', 'org.k8s-course')]: 'Starts in March\n\nTwo seats left',
        ...accept('growth/mentoring', 'pairing', 'Pairing rotation', 'people', 'apprenticeship'),
        [keys.match('reality/technical/learn', 'talks')]: 'rejected',
        [keys.gap('mentoring')]: true,
      },
      T + 100,
    );
    expect(matchSection(buildSummary(i, script))).toEqual([
      'Technical growth — Wants to learn or improve: ',
      '  Resources: Kubernetes course (Starts in March / Two seats left)',
      'Grows best through mentoring: ',
      '  Gap: No mentoring on offer; none was promised',
      '  People: Pairing rotation',
    ]);
  });

  it('rejected suggestions are listed only on request, by the name they had', () => {
    const i = withFields(
      setUp(),
      {
        [keys.match('reality/technical/learn', 'talks')]: 'rejected',
        [keys.offeringName('reality/technical/learn', 'talks')]: 'Friday talks',
        [keys.matchNote('reality/technical/learn', 'talks')]: 'Not their thing',
      },
      T + 100,
    );
    expect(matchSection(buildSummary(i, script))).toEqual([]);
    expect(matchSection(buildSummary(i, script, { listRejected: true }))).toEqual([
      'Technical growth — Wants to learn or improve: ',
      '  Rejected: Friday talks (Not their thing)',
    ]);
  });

  describe('never an offer and a gap for the same thing (issue 21)', () => {
    const mentoring = (need: string) => accept(need, 'mentoring-programme', 'Mentoring programme', 'people', 'mentoring');

    it.each([
      ['on the growth-mode need', 'growth/mentoring'],
      ['on another need', 'reality/technical/learn'],
    ])('%s: a gap recorded after the offer was accepted leaves the offer out', (_name, need) => {
      const accepted = withFields(setUp(), mentoring(need), T + 100);
      const gap = withFields(accepted, { [keys.gap('mentoring')]: true }, T + 200);
      const lines = matchSection(buildSummary(gap, script));
      expect(lines).toContain('  Gap: No mentoring on offer; none was promised');
      expect(lines.join('\n')).not.toContain('Mentoring programme');
    });

    it('an offer of the mode accepted after the gap was recorded leaves the gap out', () => {
      const gap = withFields(setUp(), { [keys.gap('mentoring')]: true }, T + 100);
      const accepted = withFields(gap, mentoring('growth/mentoring'), T + 200);
      const lines = matchSection(buildSummary(accepted, script));
      expect(lines).toEqual(['Grows best through mentoring: ', '  People: Mentoring programme']);
    });

    it('what exists instead (another mode) stands beside the gap', () => {
      const i = withFields(
        setUp(),
        {
          ...accept('growth/mentoring', 'pairing', 'Pairing rotation', 'people', 'apprenticeship'),
          [keys.gap('mentoring')]: true,
        },
        T + 100,
      );
      expect(matchSection(buildSummary(i, script))).toEqual([
        'Grows best through mentoring: ',
        '  Gap: No mentoring on offer; none was promised',
        '  People: Pairing rotation',
      ]);
    });

    it('an acceptance recorded before modes were copied counts as an offer of the mode on the growth-mode need only', () => {
      const legacy = {
        [keys.match('growth/mentoring', 'old')]: 'accepted',
        [keys.offeringName('growth/mentoring', 'old')]: 'Old mentoring',
        [keys.offeringKind('growth/mentoring', 'old')]: 'people',
        [keys.match('reality/technical/learn', 'old')]: 'accepted',
        [keys.offeringName('reality/technical/learn', 'old')]: 'Old mentoring',
        [keys.offeringKind('reality/technical/learn', 'old')]: 'people',
      };
      const i = withFields(withFields(setUp(), legacy, T + 100), { [keys.gap('mentoring')]: true }, T + 200);
      expect(matchSection(buildSummary(i, script))).toEqual([
        'Technical growth — Wants to learn or improve: ',
        '  People: Old mentoring',
        'Grows best through mentoring: ',
        '  Gap: No mentoring on offer; none was promised',
      ]);
    });
  });

  it('an unticked gap and a withdrawn acceptance leave no trace', () => {
    const i = withFields(
      setUp(),
      { ...accept('reality/technical/learn', 'a', 'A', 'people'), [keys.gap('mentoring')]: true },
      T + 100,
    );
    const undone = withFields(i, { [keys.match('reality/technical/learn', 'a')]: '', [keys.gap('mentoring')]: false }, T + 200);
    expect(matchSection(buildSummary(undone, script))).toEqual([]);
  });

  it('"Nothing we can honestly offer here" ticked after an acceptance wins, and the other way round', () => {
    const accepted = withFields(setUp(), accept('reality/technical/learn', 'a', 'A', 'people'), T + 100);
    const gapLater = withFields(accepted, { [keys.noOffer('reality/technical/learn')]: true }, T + 200);
    expect(matchSection(buildSummary(gapLater, script))[1]).toBe('  Nothing we can honestly offer here: ');
    const acceptLater = withFields(gapLater, { [keys.match('reality/technical/learn', 'a')]: 'rejected' }, T + 300);
    const again = withFields(acceptLater, { [keys.match('reality/technical/learn', 'a')]: 'accepted' }, T + 400);
    expect(matchSection(buildSummary(again, script))[1]).toBe('  People: A');
  });

  it('an accepted offering or a recorded gap counts as an answered need in the step list', () => {
    const step = must(stepOfKind(script, 'match'));
    const base = setUp();
    // Two needs plus the step's own question (their reaction).
    expect(stepProgress(base, script, step)).toMatchObject({ done: 0, total: 3 });
    const one = withFields(base, accept('reality/technical/learn', 'a', 'A', 'people'), T + 100);
    expect(stepProgress(one, script, step)).toMatchObject({ done: 1, total: 3 });
    const two = withFields(one, { [keys.gap('mentoring')]: true }, T + 200);
    expect(stepProgress(two, script, step)).toMatchObject({ done: 2, total: 3 });
    const rejected = withFields(base, { [keys.match('reality/technical/learn', 'a')]: 'rejected' }, T + 100);
    expect(stepProgress(rejected, script, step).done).toBe(0);
  });

  it('library search finds the names of accepted offerings and notes, never the state words', () => {
    const i = withFields(
      setUp(),
      {
        ...accept('reality/technical/learn', 'a', 'Mentoring circle', 'people'),
        [keys.matchNote('reality/technical/learn', 'a')]: 'Ask Priya',
      },
      T + 100,
    );
    expect(answersMatch(i, 'mentoring circle')).toBe(true);
    expect(answersMatch(i, 'priya')).toBe(true);
    expect(answersMatch(i, 'accepted')).toBe(false);
    expect(answersMatch(i, 'people')).toBe(false);
  });
});
