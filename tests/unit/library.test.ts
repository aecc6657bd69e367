import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../lib/storage/registry';
import {
  formatCount,
  hiddenLine,
  hiddenMatches,
  normalise,
  type StatusFilter,
  statusLabels,
  visibleEntries,
} from '../../lib/store/library';
import { answersMatch, matchSnippet } from '../../lib/store/search';
import { newInterview, withFields } from './support';
import { keys } from './support/ri';

const entry = (id: string, candidate: string, role: string, status: IndexEntry['status'] = 'active'): IndexEntry => ({
  id,
  candidate,
  role,
  createdAt: 1,
  status,
});

const entries: IndexEntry[] = [
  entry('ada', 'Ada Lovelace', 'Staff engineer'),
  entry('zoe', 'Zoë Park', 'Product designer', 'done'),
  entry('grace', 'Grace Hopper', 'Engineering manager', 'archived'),
  entry('jose', 'José  Álvarez', 'Data engineer', 'done'),
  entry('blank', '', '', 'active'),
];

describe('normalise', () => {
  it.each<[string, string]>([
    ['Zoë', 'zoe'],
    ['  José   Álvarez ', 'jose alvarez'],
    ['ÅNGSTRÖM', 'angstrom'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(normalise(input)).toBe(output);
  });
});

describe('visibleEntries', () => {
  it.each<[string, string, StatusFilter, string[]]>([
    ['everything in progress', '', 'active', ['ada', 'blank']],
    ['everything done', '', 'done', ['zoe', 'jose']],
    ['everything archived', '', 'archived', ['grace']],
    ['everything', '', 'all', ['ada', 'zoe', 'grace', 'jose', 'blank']],
    ['a candidate, any case', 'ADA', 'all', ['ada']],
    ['a candidate without the accent', 'zoe park', 'all', ['zoe']],
    ['a candidate with the accent', 'Zoë', 'all', ['zoe']],
    ['a candidate typed with extra spaces', '  jose   alvarez ', 'all', ['jose']],
    ['a role', 'engineer', 'all', ['ada', 'grace', 'jose']],
    ['a role within a status', 'engineer', 'done', ['jose']],
    ['across candidate and role', 'hopper engineering', 'all', ['grace']],
    ['a word nobody has', 'kubernetes', 'all', []],
    ['only whitespace, as no query', '   ', 'active', ['ada', 'blank']],
  ])('%s', (_name, query, filter, ids) => {
    expect(visibleEntries(entries, query, filter, null).map((e) => e.id)).toEqual(ids);
  });

  it.each<[string, string, StatusFilter, string[], string[]]>([
    ['adds interviews whose answers match', 'kubernetes', 'all', ['blank', 'zoe'], ['zoe', 'blank']],
    ['keeps name matches too', 'ada', 'all', ['zoe'], ['ada', 'zoe']],
    ['still applies the status filter', 'kubernetes', 'active', ['blank', 'zoe'], ['blank']],
    ['is ignored without a query', '', 'done', ['ada'], ['zoe', 'jose']],
  ])('text matches: %s', (_name, query, filter, matches, ids) => {
    const snippets = new Map(matches.map((id) => [id, { text: '', from: -1, to: -1 }]));
    expect(visibleEntries(entries, query, filter, snippets).map((e) => e.id)).toEqual(ids);
  });

  it('keeps the order it was given and does not change the list', () => {
    const before = structuredClone(entries);
    const reversed = [...entries].reverse();
    expect(visibleEntries(reversed, '', 'all', null)).toEqual(reversed);
    expect(entries).toEqual(before);
  });
});

describe('answersMatch', () => {
  const interview = withFields(newInterview({ candidate: 'Ada Lovelace' }), {
    [keys.answer('difference', 'note')]: 'Wants to grow into Staff+; mentioned Kubernetes twice',
    [keys.grid('technical', 'learn')]: 'Café-style pairing sessions',
    [keys.arena('technical')]: true,
    [keys.mark(keys.grid('technical', 'learn'))]: 'followup',
  });

  it.each<[string, string, boolean]>([
    ['a word in an answer', 'kubernetes', true],
    ['part of a word', 'kube', true],
    ['across a space', 'mentioned kubernetes', true],
    ['accents folded in the answer', 'cafe', true],
    ['accents folded in the query', 'CAFÉ-STYLE', true],
    ['punctuation kept', 'staff+;', true],
    ['the candidate field is an answer too', 'lovelace', true],
    ['a word nowhere', 'terraform', false],
    ['a tick is not text', 'true', false],
    ['the word a mark is stored as is not an answer', 'followup', false],
    ['an empty query matches everything', '', true],
    ['a blank query matches everything', '  ', true],
  ])('%s (%j -> %s)', (_name, query, expected) => {
    expect(answersMatch(interview, query)).toBe(expected);
  });
});

describe('statusLabels', () => {
  it('names every status for the filter', () => {
    expect(statusLabels).toEqual({ active: 'In progress', done: 'Done', archived: 'Archived' });
  });
});

describe('formatCount', () => {
  it.each<[number, string]>([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [2000, '2,000'],
    [25_000, '25,000'],
    [1_234_567, '1,234,567'],
    [-1234, '-1,234'],
  ])('%d reads %s, as toLocaleString("en") writes it', (n, text) => {
    expect(formatCount(n)).toBe(text);
    expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });
});

describe('where the rest are (issue 21)', () => {
  it.each<[string, string, StatusFilter, string]>([
    ['matches under other statuses are counted by status', 'engineer', 'active', '1 more under Done, 1 under Archived'],
    ['one status', 'engineer', 'done', '1 more under In progress, 1 under Archived'],
    ['nothing hidden', 'ada', 'active', ''],
    ['no query: the filter hides by design, nothing to say', '', 'active', ''],
    ['all: nothing is hidden', 'engineer', 'all', ''],
  ])('%s', (_name, query, filter, line) => {
    expect(hiddenLine(hiddenMatches(entries, query, filter, null))).toBe(line);
  });

  it('counts answers that match under other statuses too', () => {
    const snippets = new Map([['zoe', { text: 'kubernetes', from: 0, to: 10 }]]);
    expect(hiddenMatches(entries, 'kubernetes', 'active', snippets)).toEqual([{ status: 'done', count: 1 }]);
  });

  it.each<[string, string, string, { text: string; from: number; to: number } | null]>([
    [
      'the words around the match, placed',
      'Wants to grow into a tech lead',
      'TECH lead',
      { text: 'Wants to grow into a tech lead', from: 21, to: 30 },
    ],
    [
      'a long answer is cut around it',
      `${'x'.repeat(60)} needle ${'y'.repeat(80)}`,
      'needle',
      { text: `…${'x'.repeat(29)} needle ${'y'.repeat(49)}…`, from: 31, to: 37 },
    ],
    ['found with accents folded, shown unplaced', 'Café culture', 'cafe', { text: 'Café culture', from: -1, to: -1 }],
    ['no match', 'Rust', 'go', null],
  ])('%s', (_name, answer, query, snippet) => {
    const interview = withFields(newInterview(), { [keys.answer('difference', 'note')]: answer });
    expect(matchSnippet(interview, query)).toEqual(snippet);
  });
});
