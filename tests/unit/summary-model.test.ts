import { describe, expect, it } from 'vitest';
import { type Interview, setField, setFields, setMark } from '../../lib/interview';
import { reverseInterview as script } from '../../lib/script';
import {
  buildSummary,
  FOLLOW_UP_TITLE,
  formatDuration,
  interviewDuration,
  NO_MATCHING_OFFER,
  NO_RECORDING_NOTE,
  type Summary,
  type SummaryItem,
} from '../../lib/summary';
import { CREATED_AT, must, newInterview, withFields } from './support';
import { keys, toggleArena } from './support/ri';
import { FULL_OPTIONS, fullInterview } from './support/summary-fixtures';

const MIN = 60_000;
const T = CREATED_AT + 5 * MIN;

function items(summary: Summary, stepId: string | null): SummaryItem[] {
  return must(
    summary.sections.find((s) => s.stepId === stepId),
    `section ${stepId}`,
  ).items;
}

function withTechnical(values: Record<string, string | boolean>, t = T): Interview {
  return withFields(toggleArena(newInterview(), script, 'technical', true, t).interview, values, t + 1);
}

describe('header', () => {
  it.each<[number, string | undefined]>([
    [0, undefined],
    [59_999, undefined],
    [MIN, '1 min'],
    [42 * MIN + 59_000, '42 min'],
    [59 * MIN, '59 min'],
    [60 * MIN, '1 h 00 min'],
    [65 * MIN, '1 h 05 min'],
    [10 * 60 * MIN + 30 * MIN, '10 h 30 min'],
    [-5 * MIN, undefined],
    [Number.NaN, undefined],
  ])('formatDuration(%i) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('measures from creation to the last answer, tick or mark', () => {
    let i = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'x' }, CREATED_AT + 30 * MIN);
    expect(interviewDuration(i)).toBe(30 * MIN);
    i = setMark(i, keys.answer('difference', 'note'), 'quote', CREATED_AT + 42 * MIN);
    expect(buildSummary(i, script).meta).toContainEqual({ label: 'Duration', value: '42 min' });
  });

  it('does not count moving between steps, the status or renaming the candidate afterwards', () => {
    const answered = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'x' }, CREATED_AT + 30 * MIN);
    const later = setFields(
      answered,
      {
        [keys.step]: 'match',
        [keys.status]: 'done',
        [keys.candidate]: 'Ada King',
        [keys.role]: 'CTO',
        [keys.atsLink]: 'https://a.example/',
      },
      CREATED_AT + 3 * 60 * MIN,
    );
    expect(interviewDuration(later)).toBe(30 * MIN);
  });

  it('leaves the duration out under a minute', () => {
    const quick = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'x' }, CREATED_AT + 59_000);
    expect(buildSummary(quick, script).meta.map((m) => m.label)).toEqual(['Candidate', 'Role', 'Date']);
  });

  it('orders the header and adds the interviewer and the note only when asked', () => {
    const summary = buildSummary(fullInterview(), script, FULL_OPTIONS);
    expect(summary.meta.map((m) => m.label)).toEqual(['Candidate', 'Role', 'Date', 'Duration', 'Interviewer', 'ATS']);
    expect(summary.meta).toContainEqual({ label: 'Interviewer', value: 'Grace Hopper' });
    expect(summary.note).toBe(NO_RECORDING_NOTE);
    const bare = buildSummary(fullInterview(), script, { interviewer: '   ' });
    expect(bare.meta.map((m) => m.label)).not.toContain('Interviewer');
    expect(bare.note).toBeUndefined();
  });

  it('puts header values on one line', () => {
    const summary = buildSummary(newInterview({ candidate: 'Ada\nLovelace', role: 'Staff\t\tengineer' }), script, {
      interviewer: ' Grace \n Hopper ',
    });
    // The candidate is named once, in the header; the title is the script's name.
    expect(summary.title).toBe('Reverse Interview');
    expect(summary.meta.slice(0, 2).map((m) => m.value)).toEqual(['Ada Lovelace', 'Staff engineer']);
    expect(summary.meta).toContainEqual({ label: 'Interviewer', value: 'Grace Hopper' });
  });
});

describe('quotes and follow-ups', () => {
  it('carries the mark of each answer onto its item; unmarked answers carry none', () => {
    const summary = buildSummary(fullInterview(), script);
    const reality = items(summary, 'reality');
    const technical = must(reality.find((a) => a.label === 'Technical growth'));
    expect(technical.children.map((c) => [c.label, c.kind])).toEqual([
      ['Already good at', undefined],
      ['Wants to learn or improve', 'quote'],
      ['Biggest obstacles', undefined],
    ]);
    expect(must(items(summary, 'match').find((i) => i.label === 'Their reaction')).kind).toBe('quote');
  });

  it('does not mark a blank answer, nor list it as a follow-up', () => {
    let i = withFields(newInterview(), { [keys.answer('difference', 'note')]: '   ' }, T);
    i = setMark(i, keys.answer('difference', 'note'), 'followup', T + 1);
    expect(buildSummary(i, script).sections).toEqual([]);
  });

  it('collects follow-ups in a last section, named by where they were written', () => {
    const summary = buildSummary(fullInterview(), script);
    const last = must(summary.sections.at(-1));
    expect(last).toEqual({
      stepId: null,
      title: FOLLOW_UP_TITLE,
      items: [
        { label: 'Leadership growth / Biggest obstacles', text: 'Has never had to give hard feedback', children: [] },
        {
          label: 'Technical growth — Wants to learn or improve / Opportunities',
          text: 'Lead the queue migration in Q1',
          children: [],
        },
      ],
    });
    // Still shown where it was written, too.
    const leadership = must(items(summary, 'reality').find((a) => a.label === 'Leadership growth'));
    expect(leadership.children).toContainEqual({
      label: 'Biggest obstacles',
      text: 'Has never had to give hard feedback',
      children: [],
      kind: 'followup',
    });
  });

  it('names a top-level follow-up by its step', () => {
    let i = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'Ask about\nthe notice period' }, T);
    i = setMark(i, keys.answer('difference', 'note'), 'followup', T + 1);
    expect(items(buildSummary(i, script), null)).toEqual([
      { label: 'State the difference / Note', text: 'Ask about\nthe notice period', children: [] },
    ]);
  });

  it('has no follow-up section when nothing is flagged', () => {
    let i = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'x' }, T);
    i = setMark(i, keys.answer('difference', 'note'), 'quote', T + 1);
    expect(buildSummary(i, script).sections.map((s) => s.title)).toEqual(['State the difference']);
  });
});

describe('only one step', () => {
  it('keeps the header and that step, with its own follow-ups only', () => {
    const whole = buildSummary(fullInterview(), script, FULL_OPTIONS);
    const reality = buildSummary(fullInterview(), script, { ...FULL_OPTIONS, only: 'reality' });
    expect(reality.title).toBe(whole.title);
    expect(reality.meta).toEqual(whole.meta);
    expect(reality.note).toBe(NO_RECORDING_NOTE);
    expect(reality.sections.map((s) => s.title)).toEqual(['Current reality', FOLLOW_UP_TITLE]);
    expect(items(reality, null).map((i) => i.label)).toEqual(['Leadership growth / Biggest obstacles']);
  });

  it.each([
    ['a step with nothing captured', 'difference'],
    ['an unknown step', 'nope'],
  ])('gives the header alone for %s', (_name, only) => {
    const summary = buildSummary(newInterview(), script, { only });
    expect(summary.sections).toEqual([]);
    expect(summary.meta.length).toBeGreaterThan(0);
  });
});

describe('step 5: need → what we offer', () => {
  const need = 'reality/technical/learn';
  const offer = keys.offer(need, 'people');
  const gap = keys.noOffer(need);
  const base = withTechnical({ [keys.grid('technical', 'learn')]: 'Kubernetes' });

  function matched(interview: Interview): SummaryItem[] {
    return buildSummary(interview, script, { only: 'match' }).sections[0]?.items ?? [];
  }

  it.each<[string, Interview, SummaryItem[]]>([
    ['neither offer nor gap: the need stays out', base, []],
    [
      'offers, one per kind of support',
      setFields(base, { [offer]: 'SRE pairing', [keys.offer(need, 'resources')]: 'Books' }, T + 10),
      [
        {
          label: 'Technical growth — Wants to learn or improve',
          text: '',
          children: [
            { label: 'People', text: 'SRE pairing', children: [] },
            { label: 'Resources', text: 'Books', children: [] },
          ],
        },
      ],
    ],
    [
      'the gap',
      setField(base, gap, true, T + 10),
      [
        {
          label: 'Technical growth — Wants to learn or improve',
          text: '',
          children: [{ label: NO_MATCHING_OFFER, text: '', children: [] }],
        },
      ],
    ],
    [
      'a gap ticked after an offer was written: the gap wins',
      setField(setField(base, offer, 'SRE pairing', T + 10), gap, true, T + 11),
      [
        {
          label: 'Technical growth — Wants to learn or improve',
          text: '',
          children: [{ label: NO_MATCHING_OFFER, text: '', children: [] }],
        },
      ],
    ],
    [
      'an offer written after the gap was ticked: the offer wins',
      setField(setField(base, gap, true, T + 10), offer, 'SRE pairing', T + 11),
      [
        {
          label: 'Technical growth — Wants to learn or improve',
          text: '',
          children: [{ label: 'People', text: 'SRE pairing', children: [] }],
        },
      ],
    ],
    [
      'a blank offer does not count against the gap',
      setField(setField(base, gap, true, T + 10), offer, '   ', T + 11),
      [
        {
          label: 'Technical growth — Wants to learn or improve',
          text: '',
          children: [{ label: NO_MATCHING_OFFER, text: '', children: [] }],
        },
      ],
    ],
  ])('%s', (_name, interview, expected) => {
    expect(matched(interview)).toEqual(expected);
    for (const entry of matched(interview)) {
      const gaps = entry.children.filter((c) => c.label === NO_MATCHING_OFFER);
      expect(gaps.length === 0 || gaps.length === entry.children.length).toBe(true);
    }
  });

  it('names a need by its arena and question: the answer itself is in the summary once, under Current reality', () => {
    let i = withTechnical({ [keys.grid('technical', 'learn')]: 'Rust\n\n  and Go  ', [offer]: 'Pairing' });
    i = setMark(i, keys.grid('technical', 'learn'), 'quote', T + 20);
    expect(matched(i)[0]).toEqual({
      label: 'Technical growth — Wants to learn or improve',
      text: '',
      children: [{ label: 'People', text: 'Pairing', children: [] }],
    });
    const all = buildSummary(i, script);
    expect(JSON.stringify(all).match(/and Go/g)).toHaveLength(1);
  });

  it('names the growth-mode need without repeating their notes from step 4', () => {
    let i = withFields(
      newInterview(),
      { [keys.preferredMode]: 'mentoring', [keys.answer('growth', 'notes')]: 'A mentor, always' },
      T,
    );
    i = setFields(i, { [keys.offer('growth/mentoring', 'people')]: 'Programme' }, T + 5);
    expect(matched(i)[0]).toMatchObject({ label: 'Grows best through mentoring', text: '' });
    expect(JSON.stringify(buildSummary(i, script)).match(/A mentor, always/g)).toHaveLength(1);
  });
});

describe('text clean-up', () => {
  it('trims every line of an answer and drops blank lines, whatever the line endings', () => {
    const i = withFields(newInterview(), { [keys.answer('difference', 'note')]: '  one \r\n\r\n\ttwo\rthree\u2028four\n\n' }, T);
    expect(items(buildSummary(i, script), 'difference')).toEqual([
      { label: 'Note', text: 'one\ntwo\nthree\nfour', children: [] },
    ]);
  });

  it('puts an own arena label on one line', () => {
    let i = withFields(newInterview(), { [keys.customArena('own-1')]: 'Public\nspeaking', [keys.arena('own-1')]: true }, T);
    i = withFields(i, { [keys.grid('own-1', 'learn')]: 'Talks' }, T + 5);
    expect(items(buildSummary(i, script), 'reality').map((a) => a.label)).toEqual(['Public speaking']);
  });
});
