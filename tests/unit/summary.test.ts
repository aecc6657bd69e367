import { describe, expect, it } from 'vitest';
import { createInterview, type Interview } from '../../lib/interview';
import { reverseInterview as script } from '../../lib/script';
import { buildSummary, escapeHtml, isoDate, isWebLink, profileOf, type Summary } from '../../lib/summary';
import { CREATED_AT, newInterview, withFields } from './support';
import { addCustomArena, keys, setPreferredMode, toggleArena, toggleMode } from './support/ri';

/** Greenhouse's rich text and Lever's plain text: the two renderings every format builds on. */
const renderHtml = (summary: Summary) => profileOf('greenhouse').render(summary).html;
const renderText = (summary: Summary) => profileOf('lever').render(summary).text;

const DAY = 24 * 60 * 60 * 1000;
/** Answers are typed the day after the interview was created: the summary's date must still be the creation date. */
const LATER = CREATED_AT + DAY;

const PROBES = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', `"quotes' & ampersands`];
const PROBE = PROBES.join(' ');

function chooseAll(interview: Interview, arenaIds: string[]): Interview {
  return arenaIds.reduce((acc, id, i) => toggleArena(acc, script, id, true, LATER + i).interview, interview);
}

// --- fixtures, built only with the update functions ---------------------------------------------

const empty = newInterview();

const unnamed = createInterview({ id: 'interview-2', candidate: '  ', role: '' }, script, CREATED_AT);

function fullInterview(): Interview {
  let i = newInterview({ atsLink: 'https://ats.example/candidates/42' });
  i = withFields(
    i,
    { [keys.check('difference', 'said')]: true, [keys.answer('difference', 'note')]: 'Surprised, then keen' },
    LATER,
  );
  i = chooseAll(i, ['technical', 'teamwork', 'leadership']);
  i = addCustomArena(i, script, '  Public   speaking ', 'own-0001', LATER + 10).interview;
  i = withFields(
    i,
    {
      [keys.grid('technical', 'strengths')]: 'Backend APIs',
      [keys.grid('technical', 'learn')]: 'Distributed systems',
      [keys.grid('technical', 'obstacles')]: 'No time for study',
      [keys.grid('teamwork', 'strengths')]: 'Code review',
      [keys.grid('leadership', 'learn')]: 'Running a team',
      [keys.grid('own-0001', 'obstacles')]: 'Stage fright',
      [keys.grid('personal', 'learn')]: 'Not chosen: must not appear',
    },
    LATER + 20,
  );
  i = toggleMode(i, 'courses', true, LATER + 40);
  i = setPreferredMode(i, 'mentoring', LATER + 41);
  i = withFields(i, { [keys.answer('growth', 'notes')]: 'A mentor taught them Go' }, LATER + 42);
  i = withFields(
    i,
    {
      [keys.offer('reality/technical/learn', 'people')]: 'Platform guild',
      [keys.offer('reality/technical/learn', 'resources')]: 'Conference budget',
      [keys.noOffer('reality/own-0001/obstacles')]: true,
      [keys.answer('match', 'reaction')]: 'Liked the guild',
    },
    LATER + 50,
  );
  return i;
}

const multiline = withFields(chooseAll(newInterview(), ['technical']), {
  [keys.answer('difference', 'note')]: 'First line\nSecond line',
  [keys.grid('technical', 'learn')]: 'Rust\r\nand Go\n',
});

const matchStep = withFields(chooseAll(newInterview(), ['technical', 'leadership']), {
  [keys.grid('technical', 'learn')]: 'Kubernetes',
  [keys.grid('technical', 'obstacles')]: 'On call every week',
  [keys.grid('leadership', 'learn')]: 'Hiring',
  [keys.offer('reality/technical/learn', 'people')]: 'SRE pairing',
  [keys.offer('reality/technical/learn', 'opportunities')]: '   ',
  [keys.noOffer('reality/technical/obstacles')]: true,
  // leadership/learn: neither an offer nor a gap, so it stays out.
});

const hostile = withFields(
  chooseAll(newInterview({ candidate: PROBE, role: PROBE, atsLink: 'javascript:alert(1)' }), ['technical']),
  {
    [keys.answer('difference', 'note')]: PROBE,
    [keys.grid('technical', 'learn')]: `${PROBE}\n${PROBE}`,
    [keys.offer('reality/technical/learn', 'people')]: PROBE,
  },
);
const hostileWithArena = addCustomArena(hostile, script, PROBE, 'own-0002', LATER + 100).interview;

// --- helpers ----------------------------------------------------------------------------------

function outline(summary: Summary): string[] {
  const lines: string[] = [];
  const walk = (items: Summary['sections'][number]['items'], depth: number) => {
    for (const item of items) {
      lines.push(`${'.'.repeat(depth)}${item.label}${item.text ? ` = ${item.text}` : ''}`);
      walk(item.children, depth + 1);
    }
  };
  for (const section of summary.sections) {
    lines.push(`# ${section.title}`);
    walk(section.items, 1);
  }
  return lines;
}

/** Every tag in the output is one the renderer writes itself: user text can never open one. */
const ALLOWED_TAG = /^<(\/?(p|b|ul|li|a)|br|a href="https?:\/\/[^"<>]*")>$/;

function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

// --- tests ------------------------------------------------------------------------------------

describe('buildSummary', () => {
  it.each<[string, Interview, string[]]>([
    ['an empty interview', empty, []],
    ['an unnamed, empty interview', unnamed, []],
    [
      'a full interview with four arenas, one of them their own',
      fullInterview(),
      [
        '# State the difference',
        '.I explained that this interview is about their growth',
        '.Note = Surprised, then keen',
        '# Arenas for goal-setting',
        '.Arenas chosen = Technical growth; Peer relationships and teamwork; Leadership growth; Public speaking (their own)',
        '# Current reality',
        '.Technical growth',
        '..Already good at = Backend APIs',
        '..Wants to learn or improve = Distributed systems',
        '..Biggest obstacles = No time for study',
        '.Peer relationships and teamwork',
        '..Already good at = Code review',
        '.Leadership growth',
        '..Wants to learn or improve = Running a team',
        '.Public speaking',
        '..Biggest obstacles = Stage fright',
        '# How they grow best',
        '.Has grown through = Course work; Mentoring',
        '.Prefers = Mentoring',
        '.Notes = A mentor taught them Go',
        '# Match what we offer',
        '.Technical growth — Wants to learn or improve',
        '..People = Platform guild',
        '..Resources = Conference budget',
        '.Public speaking — Biggest obstacles',
        '..Nothing we can honestly offer here',
        '.Their reaction = Liked the guild',
      ],
    ],
    [
      'multi-line answers (lines trimmed, line endings made \\n, inner lines kept)',
      multiline,
      [
        '# State the difference',
        '.Note = First line\nSecond line',
        '# Arenas for goal-setting',
        '.Arenas chosen = Technical growth',
        '# Current reality',
        '.Technical growth',
        '..Wants to learn or improve = Rust\nand Go',
      ],
    ],
    [
      'step 5 with offers, a "no offer" gap and a need left unanswered',
      matchStep,
      [
        '# Arenas for goal-setting',
        '.Arenas chosen = Technical growth; Leadership growth',
        '# Current reality',
        '.Technical growth',
        '..Wants to learn or improve = Kubernetes',
        '..Biggest obstacles = On call every week',
        '.Leadership growth',
        '..Wants to learn or improve = Hiring',
        '# Match what we offer',
        '.Technical growth — Wants to learn or improve',
        '..People = SRE pairing',
        '.Technical growth — Biggest obstacles',
        '..Nothing we can honestly offer here',
      ],
    ],
  ])('%s', (_name, interview, expected) => {
    const summary = buildSummary(interview, script);
    expect(outline(summary)).toEqual(expected);
    for (const section of summary.sections) expect(section.items.length).toBeGreaterThan(0);
  });

  it.each<[string, Interview, { label: string; value: string; href?: string }[]]>([
    [
      'candidate, role, date',
      empty,
      [
        { label: 'Candidate', value: 'Ada Lovelace' },
        { label: 'Role', value: 'Staff engineer' },
        { label: 'Date', value: '2026-11-03' },
      ],
    ],
    [
      'no name and no role',
      unnamed,
      [
        { label: 'Candidate', value: 'Unnamed candidate' },
        { label: 'Date', value: '2026-11-03' },
      ],
    ],
    [
      'an https ATS link',
      fullInterview(),
      [
        { label: 'Candidate', value: 'Ada Lovelace' },
        { label: 'Role', value: 'Staff engineer' },
        { label: 'Date', value: '2026-11-03' },
        // The answers were typed a day after the interview was created.
        { label: 'Duration', value: '24 h 00 min' },
        { label: 'ATS', value: 'https://ats.example/candidates/42', href: 'https://ats.example/candidates/42' },
      ],
    ],
  ])('header: %s', (_name, interview, meta) => {
    expect(buildSummary(interview, script).meta).toEqual(meta);
  });

  it.each<[string, boolean]>([
    ['https://ats.example/c/1', true],
    ['http://ats.example/c/1', true],
    ['HTTPS://ATS.EXAMPLE/c/1', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ats.example/c/1', false],
    ['ftp://ats.example/c/1', false],
  ])('ATS link %s gets an href: %s', (link, linked) => {
    const summary = buildSummary(newInterview({ atsLink: link }), script);
    const ats = summary.meta.find((m) => m.label === 'ATS');
    expect(ats?.value).toBe(link);
    expect(ats?.href !== undefined).toBe(linked);
    expect(isWebLink(link)).toBe(linked);
    expect(renderHtml(summary).includes('href=')).toBe(linked);
  });

  it.each([
    [Date.UTC(2026, 10, 3, 12), '2026-11-03'],
    [Date.UTC(2025, 0, 9, 12), '2025-01-09'],
    [Date.UTC(2030, 11, 31, 12), '2030-12-31'],
  ])('dates the summary from createdAt %i as %s', (createdAt, date) => {
    const interview = withFields(newInterview({}, createdAt), { [keys.answer('difference', 'note')]: 'x' }, createdAt + 3 * DAY);
    expect(isoDate(createdAt)).toBe(date);
    expect(buildSummary(interview, script).meta).toContainEqual({ label: 'Date', value: date });
  });
});

describe('renderText', () => {
  it('renders an empty interview as its header only', () => {
    expect(renderText(buildSummary(empty, script))).toBe(
      'Reverse Interview\nCandidate: Ada Lovelace\nRole: Staff engineer\nDate: 2026-11-03\n',
    );
  });

  it('renders a small interview exactly (golden)', () => {
    const small = withFields(chooseAll(newInterview({ atsLink: 'https://ats.example/c/42' }), ['technical']), {
      [keys.check('difference', 'said')]: true,
      [keys.grid('technical', 'strengths')]: 'APIs',
      [keys.grid('technical', 'learn')]: 'Rust\nand Go',
      [keys.offer('reality/technical/learn', 'people')]: 'Platform guild',
    });
    expect(renderText(buildSummary(small, script))).toBe(
      [
        'Reverse Interview',
        'Candidate: Ada Lovelace',
        'Role: Staff engineer',
        'Date: 2026-11-03',
        'Duration: 24 h 00 min',
        'ATS: https://ats.example/c/42',
        '',
        // "I explained…" alone: a tick is a reminder, not a section of its own.
        'Arenas for goal-setting',
        '- Arenas chosen: Technical growth',
        '',
        'Current reality',
        '- Technical growth',
        '  - Already good at: APIs',
        '  - Wants to learn or improve:',
        '    Rust',
        '    and Go',
        '',
        'Match what we offer',
        // Step 5 names the need; its words were said once, under Current reality.
        '- Technical growth — Wants to learn or improve',
        '  - People: Platform guild',
        '',
      ].join('\n'),
    );
  });

  it('treats Windows line endings like plain ones', () => {
    const crlf = withFields(empty, { [keys.answer('difference', 'note')]: 'one\r\ntwo' });
    expect(renderText(buildSummary(crlf, script))).toContain('- Note:\n  one\n  two\n');
  });

  it.each<[string, Interview]>([
    ['full', fullInterview()],
    ['multi-line', multiline],
    ['match step', matchStep],
  ])(
    '%s: every line is a title, a header line, a "- " bullet (2-space nesting), a continuation, or the blank between sections',
    (_name, interview) => {
      const summary = buildSummary(interview, script);
      const out = renderText(summary);
      expect(out.endsWith('\n')).toBe(true);
      expect(out).not.toMatch(/\n\n\n/);
      expect(out).not.toMatch(/[•*]\s/);
      const blocks = out.trimEnd().split('\n\n');
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

describe('renderHtml', () => {
  it('renders a small interview exactly (golden)', () => {
    const small = withFields(chooseAll(newInterview({ atsLink: 'https://ats.example/c/42?a=1&b=2' }), ['technical']), {
      [keys.grid('technical', 'learn')]: 'Rust\nand Go',
      [keys.noOffer('reality/technical/learn')]: true,
    });
    expect(renderHtml(buildSummary(small, script))).toBe(
      [
        '<p><b>Reverse Interview</b><br><b>Candidate:</b> Ada Lovelace<br><b>Role:</b> Staff engineer<br>' +
          '<b>Date:</b> 2026-11-03<br><b>Duration:</b> 24 h 00 min<br>' +
          '<b>ATS:</b> <a href="https://ats.example/c/42?a=1&amp;b=2">https://ats.example/c/42?a=1&amp;b=2</a></p>',
        '<p><b>Arenas for goal-setting</b></p>',
        '<ul>',
        '<li><b>Arenas chosen:</b> Technical growth</li>',
        '</ul>',
        '<p><b>Current reality</b></p>',
        '<ul>',
        '<li>Technical growth<ul>',
        '<li><b>Wants to learn or improve:</b> Rust<br>and Go</li>',
        '</ul></li>',
        '</ul>',
        '<p><b>Match what we offer</b></p>',
        '<ul>',
        '<li>Technical growth — Wants to learn or improve<ul>',
        '<li>Nothing we can honestly offer here</li>',
        '</ul></li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });

  it('renders an empty interview as its header paragraph only', () => {
    expect(renderHtml(buildSummary(unnamed, script))).toBe(
      '<p><b>Reverse Interview</b><br><b>Candidate:</b> Unnamed candidate<br><b>Date:</b> 2026-11-03</p>\n',
    );
  });

  it.each<[string, Interview]>([
    ['user text everywhere', hostile],
    ['an own arena named like markup', hostileWithArena],
  ])('escapes %s', (_name, interview) => {
    const html = renderHtml(buildSummary(interview, script));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;quotes&#39; &amp; ampersands');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\bon\w+\s*=/i);
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html).not.toContain('href=');
    for (const tag of tags(html)) expect(tag).toMatch(ALLOWED_TAG);
  });

  it('keeps the hostile text as plain text in the text rendering', () => {
    const out = renderText(buildSummary(hostileWithArena, script));
    expect(out).toContain(`Candidate: ${PROBE}`);
    expect(out).toContain('ATS: javascript:alert(1)');
  });

  it('links the URL as the browser parses it, so quotes cannot leave the href', () => {
    const html = renderHtml(buildSummary(newInterview({ atsLink: 'https://ats.example/?q="><img src=x>' }), script));
    expect(html).toContain(
      '<a href="https://ats.example/?q=%22%3E%3Cimg%20src=x%3E">https://ats.example/?q=&quot;&gt;&lt;img src=x&gt;</a>',
    );
    for (const tag of tags(html)) expect(tag).toMatch(ALLOWED_TAG);
  });

  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['a & b <c> "d" \'e\'', 'a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;'],
    ['&amp;', '&amp;amp;'],
  ])('escapeHtml(%j) = %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});
