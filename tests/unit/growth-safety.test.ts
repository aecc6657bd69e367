import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrowthPlan, GROWTH_TAGS, type PlanItem, renderGrowthPlan } from '../../lib/growth';
import type { FieldValue, Interview } from '../../lib/interview';
import { reverseInterview as script } from '../../lib/script';
import { safeHref } from '../../lib/summary';
import { CREATED_AT, newInterview, withFields } from './support';
import { anyLink, anyMark, anyText } from './support/any-text';
import { anchors, htmlViolations, squash, visibleText } from './support/html';
import { keys } from './support/ri';

/**
 * The message for the candidate holds the same guarantees as the summary
 * (tests/unit/summary-safety.test.ts): whatever anyone types anywhere (the
 * candidate's name, their own arenas, every answer, offers, an offering's
 * sentence and link, the greeting and sign-off), its HTML parses to its own
 * tags only, with no attribute but a checked http(s)/mailto href; every piece of
 * it is shown as text; and the interviewer's notes never get in.
 */

/** Typed into every field the message must never carry: found in neither flavour, whatever it holds. */
const NOTE = 'ZQXNOTE';
const NEEDS = ['reality/technical/learn', 'reality/own-x/obstacles', 'growth/mentoring'];
const GRID = ['strengths', 'learn', 'obstacles'];

const anyCase = fc
  .record({
    candidate: anyText,
    interviewer: anyText,
    greeting: fc.option(anyText, { nil: undefined }),
    signOff: fc.option(anyText, { nil: undefined }),
    ownArena: anyText,
    answers: fc.array(anyText, { minLength: 15, maxLength: 15 }),
    marks: fc.array(anyMark, { minLength: 15, maxLength: 15 }),
    notes: fc.array(anyText, { minLength: 5, maxLength: 5 }),
    gaps: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    offering: fc.record({ name: anyText, description: anyText, link: fc.option(anyLink, { nil: undefined }) }),
    obstacles: fc.boolean(),
    step: fc.constantFrom(...script.steps.map((s) => s.id)),
  })
  .map((r) => {
    const answerKeys = [
      ...['technical', 'own-x'].flatMap((a) => GRID.map((q) => keys.grid(a, q))),
      ...NEEDS.flatMap((n) => ['people', 'resources', 'opportunities'].map((s) => keys.offer(n, s))),
    ];
    const values: Record<string, FieldValue> = {
      [keys.candidate]: r.candidate,
      [keys.step]: r.step,
      [keys.customArena('own-x')]: r.ownArena,
      [keys.arena('technical')]: true,
      [keys.arena('own-x')]: true,
      [keys.mode('courses')]: true,
      [keys.preferredMode]: 'mentoring',
      [keys.check('difference', 'said')]: true,
      [keys.answer('difference', 'note')]: `${NOTE}${r.notes[0]}`,
      [keys.answer('growth', 'notes')]: `${NOTE}${r.notes[1]}`,
      [keys.answer('match', 'reaction')]: `${NOTE}${r.notes[2]}`,
      [keys.take]: `${NOTE}${r.notes[3]}`,
    };
    answerKeys.forEach((key, n) => {
      values[key] = r.answers[n] ?? '';
      values[keys.mark(key)] = r.marks[n] ?? '';
    });
    NEEDS.forEach((need, n) => {
      values[keys.noOffer(need)] = r.gaps[n] ?? false;
      values[keys.match(need, 'offered')] = 'accepted';
      values[keys.offeringName(need, 'offered')] = r.offering.name;
      values[keys.offeringKind(need, 'offered')] = 'resources';
      values[keys.matchNote(need, 'offered')] = `${NOTE}${r.notes[4]}`;
    });
    // Strengths are the interviewer's assessment, not what they want: never in the message either.
    for (const a of ['technical', 'own-x']) values[keys.grid(a, 'strengths')] = `${NOTE}${r.answers[0]}`;
    const interview: Interview = withFields(newInterview(), values, CREATED_AT + 60_000);
    const { link, description } = r.offering;
    return {
      interview,
      options: {
        catalogue: [{ id: 'offered', description, ...(link === undefined ? {} : { link }) }],
        obstacles: r.obstacles,
        interviewer: r.interviewer,
        ...(r.greeting === undefined ? {} : { greeting: r.greeting }),
        ...(r.signOff === undefined ? {} : { signOff: r.signOff }),
      },
    };
  });

const RUNS = { numRuns: 150 };
const SLOW = { timeout: 60_000 };

function walk(items: PlanItem[]): PlanItem[] {
  return items.flatMap((i) => [i, ...walk(i.children)]);
}

describe('the message for the candidate, for any input', () => {
  it('has only its own elements, no attribute but a safe href, and links only the offerings’ safe links', SLOW, () => {
    fc.assert(
      fc.property(anyCase, ({ interview, options }) => {
        const { plan } = buildGrowthPlan(interview, script, options);
        const { html } = renderGrowthPlan(plan);
        expect(htmlViolations(html, GROWTH_TAGS)).toEqual([]);
        const links = walk(plan.sections.flatMap((s) => s.items)).flatMap((i) => safeHref(i.href) ?? []);
        expect(anchors(html)).toEqual(links);
        for (const href of links) expect(href).toBe(safeHref(options.catalogue[0]?.link));
      }),
      RUNS,
    );
  });

  it('shows every word as text in both flavours, and never the interviewer’s notes', SLOW, () => {
    fc.assert(
      fc.property(anyCase, ({ interview, options }) => {
        const { plan } = buildGrowthPlan(interview, script, options);
        const { html, text } = renderGrowthPlan(plan);
        const words = [
          ...[...plan.opening, ...plan.closing].flat(),
          ...plan.sections.flatMap((s) => [s.title, ...walk(s.items).flatMap((i) => [i.label, i.text])]),
        ]
          .map(squash)
          .filter((w) => w !== '');
        // An HTML parser drops or replaces NUL (happy-dom moves it): compared without it.
        const noNul = (s: string) => squash(s.replace(/[\0\uFFFD]/g, ''));
        const seen = noNul(visibleText(html));
        for (const w of words) expect(seen).toContain(noNul(w));
        const plain = squash(text);
        for (const w of words) expect(plain).toContain(w);
        expect(html).not.toContain(NOTE);
        expect(text).not.toContain(NOTE);
      }),
      RUNS,
    );
  });
});

it('the generator reaches every section, with and without obstacles', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(anyCase, ({ interview, options }) => {
      for (const s of buildGrowthPlan(interview, script, options).plan.sections) seen.add(s.id);
    }),
    { numRuns: 200, seed: 20 },
  );
  expect([...seen].sort()).toEqual(['arenas', 'learn', 'modes', 'obstacles', 'offers']);
});
