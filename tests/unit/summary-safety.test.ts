import fc from 'fast-check';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import type { FieldValue, Interview } from '../../lib/interview';
import { reverseInterview as script } from '../../lib/script';
import {
  buildSummary,
  escapeMarkdown,
  markdown,
  type Profile,
  profiles,
  type Summary,
  type SummaryItem,
  safeHref,
} from '../../lib/summary';
import { CREATED_AT, newInterview, withFields } from './support';
import { anyLink, anyMark, anyText, NASTY } from './support/any-text';
import { anchors, htmlViolations, parseHtml, squash, visibleText } from './support/html';
import { keys } from './support/ri';

/**
 * Property tests: whatever anyone types in any field (candidate, role, ATS
 * link, every answer, their own arena names, offers, the interviewer's name),
 * the HTML of every profile parses to the profile's allowed elements only, with
 * no attribute but an http(s)/mailto href; and the Markdown shows it literally.
 */

const scriptStep = script.steps;
const gridIds = ['strengths', 'learn', 'obstacles'];
const supportIds = ['people', 'resources', 'opportunities'];

const anyInterview = fc
  .record({
    candidate: anyText,
    role: anyText,
    atsLink: anyLink,
    interviewer: anyText,
    note: fc.boolean(),
    ownArena: anyText,
    answers: fc.array(anyText, { minLength: 20, maxLength: 20 }),
    marks: fc.array(anyMark, { minLength: 20, maxLength: 20 }),
    gaps: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    // "Copy this step" renders one step under the header: the same guarantees hold.
    only: fc.option(fc.constantFrom(...script.steps.map((s) => s.id)), { nil: undefined }),
  })
  .map((r) => {
    const arenas = ['technical', 'own-x'];
    const answerKeys = [
      keys.answer('difference', 'note'),
      keys.answer('growth', 'notes'),
      keys.answer('match', 'reaction'),
      ...arenas.flatMap((a) => gridIds.map((q) => keys.grid(a, q))),
      ...['reality/technical/learn', 'reality/own-x/obstacles', 'growth/mentoring'].flatMap((n) =>
        supportIds.map((s) => keys.offer(n, s)),
      ),
    ].slice(0, 20);
    const values: Record<string, FieldValue> = {
      [keys.candidate]: r.candidate,
      [keys.role]: r.role,
      [keys.atsLink]: r.atsLink,
      [keys.customArena('own-x')]: r.ownArena,
      [keys.arena('technical')]: true,
      [keys.arena('own-x')]: true,
      [keys.preferredMode]: 'mentoring',
      [keys.check('difference', 'said')]: true,
      [keys.noOffer('reality/technical/obstacles')]: r.gaps[0] ?? false,
      [keys.noOffer('reality/own-x/learn')]: r.gaps[1] ?? false,
      [keys.noOffer('reality/technical/learn')]: r.gaps[2] ?? false,
      [keys.noOffer('reality/own-x/obstacles')]: r.gaps[3] ?? false,
      [keys.noOffer('growth/mentoring')]: r.gaps[4] ?? false,
    };
    answerKeys.forEach((key, n) => {
      values[key] = r.answers[n] ?? '';
      values[keys.mark(key)] = r.marks[n] ?? '';
    });
    const interview: Interview = withFields(newInterview(), values, CREATED_AT + 60_000);
    return {
      interview,
      options: { interviewer: r.interviewer, noRecordingNote: r.note, ...(r.only === undefined ? {} : { only: r.only }) },
    };
  });

const RUNS = { numRuns: 150 };
/** Each run parses real HTML (and Markdown): 150 runs take a few seconds. */
const SLOW = { timeout: 60_000 };

describe('the HTML checker can fail', () => {
  it.each([
    ['<img src=x>', ['img']],
    ['<b onclick="x">b</b>', ['b']],
    ['<a href="javascript:alert(1)">x</a>', ['a']],
    ['<a title="x" href="https://a.example/">x</a>', ['a']],
    ['<p><b>x</b></p>', ['b']],
    ['<title>x</title>', ['b']],
  ])('flags %s', (html, allowed) => {
    expect(htmlViolations(html, allowed)).not.toEqual([]);
  });

  it('passes clean HTML', () => {
    expect(htmlViolations('<p><b>x</b> <a href="mailto:a@b.example">m</a><br></p>', ['p', 'b', 'a', 'br'])).toEqual([]);
  });
});

describe.each(profiles.map((p) => [p.id, p] as [string, Profile]))('%s HTML, for any input', (_id, profile) => {
  it('has only the allowed elements and no attribute but a safe href', SLOW, () => {
    fc.assert(
      fc.property(anyInterview, ({ interview, options }) => {
        const { html } = profile.render(buildSummary(interview, script, options));
        expect(htmlViolations(html, profile.allowedTags)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('links at most the ATS link, and only when it is http(s)', SLOW, () => {
    fc.assert(
      fc.property(anyInterview, ({ interview, options }) => {
        const summary = buildSummary(interview, script, options);
        const ats = summary.meta.find((m) => m.label === 'ATS');
        const expected = profile.allowedTags.includes('a') && ats?.href ? [safeHref(ats.href)] : [];
        expect(anchors(profile.render(summary).html)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

/** How many <strong> and <em> the Markdown itself writes: a bold title, labels and section titles; quotes and the note in italics. */
function expectedEmphasis(summary: Summary): { strong: number; em: number } {
  const all = (items: SummaryItem[]): SummaryItem[] => items.flatMap((i) => [i, ...all(i.children)]);
  const entries = summary.sections.flatMap((s) => all(s.items));
  return {
    strong: 1 + summary.meta.length + summary.sections.length + entries.filter((i) => i.text !== '').length,
    em: (summary.note ? 1 : 0) + entries.filter((i) => i.text !== '' && i.kind === 'quote').length,
  };
}

function words(summary: Summary): string[] {
  const walk = (items: SummaryItem[]): string[] => items.flatMap((i) => [i.label, i.text, ...walk(i.children)]);
  return [summary.title, ...summary.meta.map((m) => m.value), ...summary.sections.flatMap((s) => [s.title, ...walk(s.items)])]
    .map(squash)
    .filter((w) => w !== '');
}

describe('markdown text, for any input', () => {
  const MARKDOWN_ELEMENTS = ['p', 'ul', 'li', 'strong', 'em', 'a', 'br'];

  it('shows every piece of user text literally, and makes no element it did not mean to', SLOW, () => {
    fc.assert(
      fc.property(anyInterview, ({ interview, options }) => {
        const summary = buildSummary(interview, script, options);
        const html = micromark(markdown.render(summary).text);
        const body = parseHtml(html).body;
        const tags = new Set([...body.querySelectorAll('*')].map((el) => el.localName));
        for (const tag of tags) expect(MARKDOWN_ELEMENTS).toContain(tag);
        const { strong, em } = expectedEmphasis(summary);
        expect(body.querySelectorAll('strong').length).toBe(strong);
        expect(body.querySelectorAll('em').length).toBe(em);
        const ats = summary.meta.find((m) => m.label === 'ATS');
        expect(anchors(html).length).toBe(ats?.href ? 1 : 0);
        // micromark, like browsers, turns NUL into U+FFFD.
        const seen = visibleText(html);
        for (const w of words(summary)) expect(seen).toContain(w.replace(/\0/g, '\uFFFD'));
      }),
      RUNS,
    );
  });

  it('escapes any single line so that CommonMark shows exactly that line', SLOW, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom(...NASTY)).map((s) => squash(s)),
        fc.boolean(),
        (line, blockStart) => {
          fc.pre(line !== '' && !line.includes('\0'));
          // Mid-line text may skip the block-start escapes: put something before it, as a label would be.
          const source = blockStart ? escapeMarkdown(line, true) : `a ${escapeMarkdown(line)}`;
          const html = micromark(source);
          expect([...parseHtml(html).body.querySelectorAll('*')].map((el) => el.localName)).toEqual(['p']);
          expect(visibleText(html)).toBe(blockStart ? line : `a ${line}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});

it('covers every step of the script', () => {
  // The generator writes into every structured step; if the script grows a step, extend it.
  expect(scriptStep.map((s) => s.kind)).toEqual(['questions', 'arenaChoice', 'arenaGrid', 'growthModes', 'match']);
});
