import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { type Interview, setMark } from '../../lib/interview';
import { reverseInterview as script } from '../../lib/script';
import {
  ASHBY_TAGS,
  buildSummary,
  DEFAULT_PROFILE_ID,
  FOLLOW_UP_TITLE,
  isProfileId,
  lever,
  markdown,
  PROFILE_IDS,
  type Profile,
  profileOf,
  profiles,
  type Summary,
  type SummaryItem,
} from '../../lib/summary';
import { CREATED_AT, newInterview, withFields } from './support';
import { anchors, htmlViolations, squash, visibleText } from './support/html';
import { keys } from './support/ri';
import { FULL_OPTIONS, fullInterview } from './support/summary-fixtures';

const T = CREATED_AT + 60_000;
const PROBE = '<script>alert(1)</script> <img src=x onerror=alert(1)> "q" \'a\' & [x](javascript:alert(1)) **b** _i_';

const byProfile = profiles.map((p) => [p.id, p] as [string, Profile]);

/** Every raw tag token, as a second opinion beside the parser: `<tag>`, `</tag>` or `<a href="…">` only. */
function rawTags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}
function rawTagOk(token: string, allowed: readonly string[]): boolean {
  const m = /^<(\/?)([a-z]+)( href="[^"<>]*")?>$/.exec(token);
  return m !== null && allowed.includes(m[2] ?? '') && (m[3] === undefined || (m[2] === 'a' && m[1] === ''));
}

/** The visible words of every header value and item, as a reader should find them in either flavour. */
function words(summary: Summary): string[] {
  const walk = (items: SummaryItem[]): string[] =>
    items.flatMap((i) => [i.label, ...(i.text ? [i.text] : []), ...walk(i.children)]);
  return [
    summary.title,
    ...summary.meta.map((m) => m.value),
    ...summary.sections.flatMap((s) => [s.title, ...walk(s.items)]),
  ].map((w) => squash(w.replace(/\n/g, ' ')));
}

/** The text flavour as a reader sees it: Markdown rendered by a CommonMark parser, plain text as is. */
function textAsRead(profile: Profile, text: string): string {
  return profile.textFormat === 'markdown' ? visibleText(micromark(text)) : squash(text);
}

const hostile = (() => {
  let i = withFields(
    newInterview({ candidate: PROBE, role: PROBE, atsLink: 'javascript:alert(1)' }),
    {
      [keys.arena('technical')]: true,
      [keys.customArena('own-1')]: PROBE,
      [keys.arena('own-1')]: true,
      [keys.answer('difference', 'note')]: `${PROBE}\n# ${PROBE}\n- ${PROBE}\n1. ${PROBE}`,
      [keys.grid('technical', 'learn')]: PROBE,
      [keys.grid('own-1', 'obstacles')]: `${PROBE}\n> ${PROBE}`,
      [keys.offer('reality/technical/learn', 'people')]: PROBE,
      [keys.offer('reality/own-1/obstacles', 'resources')]: PROBE,
    },
    T,
  );
  i = setMark(i, keys.grid('technical', 'learn'), 'quote', T + 100);
  i = setMark(i, keys.offer('reality/technical/learn', 'people'), 'followup', T + 101);
  return i;
})();

const fixtures: [string, Summary][] = [
  ['full', buildSummary(fullInterview(), script, FULL_OPTIONS)],
  ['empty', buildSummary(newInterview(), script)],
  ['hostile', buildSummary(hostile, script, { interviewer: PROBE, noRecordingNote: true })],
  ['one step', buildSummary(fullInterview(), script, { ...FULL_OPTIONS, only: 'reality' })],
];

describe('the registry', () => {
  it('lists every profile once, with a name, and the ids the options page can store', () => {
    expect(profiles.map((p) => p.id)).toEqual([...PROFILE_IDS]);
    expect(new Set(profiles.map((p) => p.name)).size).toBe(profiles.length);
    expect(profiles.map((p) => p.name)).toContain('Workday / plain text');
    expect(isProfileId('ashby')).toBe(true);
    expect(isProfileId('workday')).toBe(false);
  });

  it('falls back to the default profile for an unknown or missing id', () => {
    expect(profileOf('nope').id).toBe(DEFAULT_PROFILE_ID);
    expect(profileOf(undefined).id).toBe(DEFAULT_PROFILE_ID);
    expect(profileOf('lever')).toBe(lever);
  });

  it('keeps Ashby inside the tags Ashby keeps: no paragraphs, no line breaks, no headings', () => {
    const ashby = profileOf('ashby');
    for (const tag of ashby.allowedTags) expect(ASHBY_TAGS).toContain(tag);
    expect(ashby.allowedTags).not.toContain('p');
    expect(ashby.allowedTags).not.toContain('br');
  });

  it('lets the markdown profile paste rich where rich is taken', () => {
    const summary = buildSummary(fullInterview(), script, FULL_OPTIONS);
    expect(markdown.render(summary).html).toBe(profileOf('greenhouse').render(summary).html);
  });
});

describe.each(byProfile)('profile %s', (_id, profile) => {
  it.each(fixtures)('%s: only allowed elements, no attribute but a safe href (parsed and tokenised)', (_name, summary) => {
    const { html } = profile.render(summary);
    expect(htmlViolations(html, profile.allowedTags)).toEqual([]);
    for (const token of rawTags(html)) expect(rawTagOk(token, profile.allowedTags), token).toBe(true);
  });

  it.each(fixtures)('%s: both flavours carry every word of the summary', (_name, summary) => {
    const { html, text } = profile.render(summary);
    const inHtml = visibleText(html);
    const inText = textAsRead(profile, text);
    for (const w of words(summary)) {
      expect(inHtml).toContain(w);
      expect(inText).toContain(w);
    }
  });

  it.each<[string, string, boolean]>([
    ['https', 'https://ats.example/c/1', true],
    ['http', 'http://ats.example/c/1', true],
    ['mailto', 'mailto:recruiting@example.com', true],
    ['javascript', 'javascript:alert(1)', false],
    ['javascript, mixed case and a leading blank', ' JaVaScRiPt:alert(1)', false],
    ['javascript behind a tab', 'java\tscript:alert(1)', false],
    ['data', 'data:text/html,<script>alert(1)</script>', false],
    ['vbscript', 'vbscript:msgbox(1)', false],
    ['relative', '/candidates/1', false],
  ])('links %s only if it is http(s) or mailto, whatever the model says', (_name, href, linked) => {
    // A hand-made summary that claims an href: the renderer checks again.
    const summary: Summary = { title: 'T', meta: [{ label: 'ATS', value: href, href }], sections: [] };
    const { html, text } = profile.render(summary);
    const links = anchors(html);
    if (profile.allowedTags.includes('a') && linked) expect(links).toEqual([new URL(href).href]);
    else expect(links).toEqual([]);
    expect(textAsRead(profile, text)).toContain(squash(href));
    expect(visibleText(html)).toContain(squash(href));
  });

  it('leaves empty answers and empty sections out', () => {
    const blank = '  \n \t ';
    const interview = withFields(
      newInterview(),
      {
        [keys.answer('difference', 'note')]: blank,
        [keys.arena('technical')]: true,
        [keys.grid('technical', 'strengths')]: blank,
        [keys.grid('technical', 'learn')]: 'Rust',
        [keys.offer('reality/technical/learn', 'people')]: blank,
        [keys.answer('growth', 'notes')]: blank,
        [keys.answer('match', 'reaction')]: blank,
      },
      T,
    );
    const { html, text } = profile.render(buildSummary(interview, script));
    for (const out of [visibleText(html), textAsRead(profile, text)]) {
      expect(out).toContain('Wants to learn or improve: Rust');
      for (const absent of [
        'State the difference',
        'Note',
        'Already good at',
        'People',
        'How they grow best',
        'Match what we offer',
      ]) {
        expect(out).not.toContain(absent);
      }
    }
  });

  it('adds the follow-up section when something is flagged, and only then', () => {
    const answered = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'Ask about the notice period' }, T);
    const flagged = setMark(answered, keys.answer('difference', 'note'), 'followup', T + 1);
    const before = profile.render(buildSummary(answered, script));
    const after = profile.render(buildSummary(flagged, script));
    expect(visibleText(before.html)).not.toContain(FOLLOW_UP_TITLE);
    expect(before.text).not.toContain(FOLLOW_UP_TITLE);
    for (const out of [visibleText(after.html), textAsRead(profile, after.text)]) {
      expect(out).toContain(`${FOLLOW_UP_TITLE} `);
      expect(out.endsWith('State the difference / Note: Ask about the notice period')).toBe(true);
    }
  });

  it('renders a quote as a quotation, in both flavours', () => {
    const answered = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'I want to grow' }, T);
    const quoted = profile.render(buildSummary(setMark(answered, keys.answer('difference', 'note'), 'quote', T + 1), script));
    expect(visibleText(quoted.html)).toContain('Note: “I want to grow”');
    expect(textAsRead(profile, quoted.text)).toContain('Note: “I want to grow”');
    const plain = profile.render(buildSummary(answered, script));
    expect(visibleText(plain.html)).not.toContain('“');
  });

  it('ends both flavours with one line break, and never leaves three in a row in the text', () => {
    for (const [, summary] of fixtures) {
      const { html, text } = profile.render(summary);
      expect(html.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toMatch(/\n\n\n/);
    }
  });
});

describe.each(byProfile.filter(([, p]) => p.textFormat === 'plain'))('%s text', (_id, profile) => {
  it.each(fixtures)(
    '%s: a header block, then per section a title and "- " bullets (2-space nesting) or their continuations, a blank line between',
    (_name, summary) => {
      const { text } = profile.render(summary);
      const blocks = text.trimEnd().split('\n\n');
      expect(blocks).toHaveLength(1 + summary.sections.length);
      blocks.slice(1).forEach((block, i) => {
        const [title, ...lines] = block.split('\n');
        expect(title).toBe(summary.sections[i]?.title);
        expect(lines[0]).toMatch(/^- /);
        for (const line of lines) expect(line).toMatch(/^(( {2})*- \S|( {2})+\S)/);
      });
    },
  );
});

describe('lever and plain', () => {
  it('share one renderer: plain textareas in both, so the output is the same', () => {
    const summary = buildSummary(fullInterview(), script, FULL_OPTIONS);
    expect(profileOf('plain').render(summary)).toEqual(lever.render(summary));
  });

  it('carry the same text in the HTML flavour, line for line, nesting kept', () => {
    const { html, text } = lever.render(buildSummary(fullInterview(), script, FULL_OPTIONS));
    const lines = html
      .trimEnd()
      .split('<br>\n')
      .map((l) =>
        l
          .replace(/&nbsp;/g, ' ')
          .replace(/&amp;/g, '&')
          .replace(/&#39;/g, "'"),
      );
    expect(lines).toEqual(text.trimEnd().split('\n'));
  });
});

describe('markdown text', () => {
  function rendered(interview: Interview): string {
    return micromark(markdown.render(buildSummary(interview, script)).text);
  }

  it.each([
    ['a link', '[x](javascript:alert(1))', 'a'],
    ['an image', '![x](https://evil.example/x.png)', 'img'],
    ['an autolink', '<https://evil.example>', 'a'],
    ['bold', '**bold**', 'strong'],
    ['emphasis', '_em_ and *em*', 'em'],
    ['code', '`code`', 'code'],
    ['raw HTML', '<b>bold</b>', 'b'],
    ['a heading on a new line', 'x\n# heading', 'h1'],
    ['a quote on a new line', 'x\n> quoted', 'blockquote'],
    ['a list on a new line', 'x\n- item\n1. item', 'ol'],
    ['a rule on a new line', 'x\n---', 'hr'],
    ['a setext heading', 'x\n===', 'h1'],
    ['a code fence', 'x\n```\ncode\n```', 'pre'],
    ['an entity', '&lt;b&gt; &#60;', 'b'],
  ])('keeps %s typed in an answer literal', (_name, typed, element) => {
    const note = (value: string) => rendered(withFields(newInterview(), { [keys.answer('difference', 'note')]: value }, T));
    const html = note(typed);
    // The same number of <strong>, <a>… as for a harmless answer: the labels' own, no more.
    expect(countTag(html, element)).toBe(countTag(note('x'), element));
    expect(visibleText(html)).toContain(squash(typed));
  });

  it.each([
    ['candidate', { candidate: '[x](javascript:alert(1))' }],
    ['role', { role: '**CTO** <b>x</b>' }],
    ['ATS link', { atsLink: '[x](javascript:alert(1))' }],
  ])('keeps the %s literal', (_name, overrides) => {
    const html = rendered(newInterview(overrides));
    expect(anchors(html)).toEqual([]);
    expect(visibleText(html)).toContain(squash(Object.values(overrides)[0] ?? ''));
  });

  it('keeps an own arena named like markup literal', () => {
    const interview = withFields(
      newInterview(),
      {
        [keys.customArena('own-1')]: '# [x](javascript:alert(1))',
        [keys.arena('own-1')]: true,
        [keys.grid('own-1', 'learn')]: 'y',
      },
      T,
    );
    const html = rendered(interview);
    expect(anchors(html)).toEqual([]);
    expect(countTag(html, 'h1')).toBe(0);
    expect(visibleText(html)).toContain('# [x](javascript:alert(1))');
  });

  it('links the ATS link, and nothing else', () => {
    const html = rendered(newInterview({ atsLink: 'https://ats.example/c/1?a=(1)&b=2 3' }));
    expect(anchors(html)).toEqual(['https://ats.example/c/1?a=%281%29&b=2%203']);
  });
});

function countTag(html: string, tag: string): number {
  return (html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;
}
