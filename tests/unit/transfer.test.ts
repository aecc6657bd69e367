import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Interview, InterviewSchema } from '../../lib/interview';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type Existing,
  exportFile,
  exportFileName,
  type ImportPlan,
  MAX_IMPORT_BYTES,
  planImport,
} from '../../lib/storage/transfer';
import { CREATED_AT, must, newInterview, withFields } from './support';
import { mutate, mutation } from './support/mutate';
import { keys } from './support/ri';

const NOW = Date.UTC(2026, 10, 20, 9, 30);
const NOTE = keys.answer('difference', 'note');
const LEARN = keys.grid('technical', 'learn');
const REACTION = keys.answer('match', 'reaction');

function sample(): Interview[] {
  return [
    {
      ...withFields(newInterview({ id: 'interview-a', candidate: 'Ada Lovelace', role: 'Staff engineer' }), {
        [NOTE]: 'Surprised, then relaxed.\nAsked if this is usual.',
        [keys.arena('technical')]: true,
        [LEARN]: 'Rust; formal methods',
        [keys.status]: 'done',
      }),
      writer: 'panel-a',
    },
    {
      ...withFields(newInterview({ id: 'interview-b', candidate: 'Zoë Park', role: 'Designer' }, CREATED_AT + 86_400_000), {
        [keys.check('difference', 'said')]: true,
        [keys.mark(NOTE)]: 'quote',
      }),
      writer: 'panel-b',
    },
    newInterview({ id: 'interview-c', candidate: '', role: '' }, CREATED_AT + 5),
  ];
}

const withoutWriter = ({ writer: _writer, ...rest }: Interview): Interview => rest;

/** What the store holds: readable interviews by id, and ids whose stored copy cannot be read. */
function store(interviews: Interview[], unreadable: string[] = []): Existing {
  const byId = new Map(interviews.map((i) => [i.id, i]));
  return (id) => {
    const interview = byId.get(id);
    if (interview) return { kind: 'ok', interview };
    return unreadable.includes(id) ? { kind: 'invalid' } : { kind: 'missing' };
  };
}

const empty: Existing = () => ({ kind: 'missing' });

function items(plan: ImportPlan) {
  if (!plan.ok) throw new Error(`expected a plan, got: ${plan.error}`);
  return plan.items;
}

/** A field with a given value and stamp, for hand-made files. */
const at = (interview: Interview, key: string, v: string | boolean, t: number): Interview => ({
  ...interview,
  fields: { ...interview.fields, [key]: { v, t } },
});

describe('exportFile', () => {
  it('writes a versioned, self-describing file without the page that last wrote each record', () => {
    const file = JSON.parse(exportFile(sample(), NOW));
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2026-11-20T09:30:00.000Z',
      interviews: sample().map(withoutWriter),
    });
    expect(exportFile([], NOW).endsWith('}\n')).toBe(true);
  });

  it.each<[string | undefined, string]>([
    [undefined, 'reverse-interview-interviews-2026-11-20-09-30.json'],
    ['ada-lovelace', 'reverse-interview-ada-lovelace-2026-11-20-09-30.json'],
  ])('names the file after what it holds and when (%s)', (what, name) => {
    expect(exportFileName(NOW, what)).toBe(name);
  });
});

describe('planImport', () => {
  it('round trip: an export planned against an empty store adds everything, equal to the originals minus writer', () => {
    const originals = sample();
    const plan = items(planImport(exportFile(originals, NOW), empty));
    expect(plan.map((i) => [i.path, i.id, i.candidate, i.action, i.reason])).toEqual([
      ['interviews.0', 'interview-a', 'Ada Lovelace', 'add', 'new'],
      ['interviews.1', 'interview-b', 'Zoë Park', 'add', 'new'],
      ['interviews.2', 'interview-c', '', 'add', 'new'],
    ]);
    expect(plan.map((i) => i.result)).toEqual(originals.map(withoutWriter));
  });

  it('update: takes each newer field from the file and keeps each newer field here (never older over newer)', () => {
    const base = must(sample()[0]);
    const local = at(
      at(at(base, NOTE, 'edited here later', CREATED_AT + 9000), LEARN, 'old learn', CREATED_AT + 100),
      REACTION,
      'only here',
      7,
    );
    const incoming = at(
      at(at(base, NOTE, 'older text from the file', CREATED_AT + 8000), LEARN, 'newer learn from the file', CREATED_AT + 9500),
      keys.arena('leadership'),
      true,
      CREATED_AT + 9600,
    );
    const [item] = items(planImport(exportFile([incoming], NOW), store([local])));
    expect(item).toMatchObject({
      id: base.id,
      action: 'update',
      reason: '2 newer answers from the file; newer answers here are kept',
    });
    const result = must(must(item).result);
    expect(result.fields[NOTE]).toEqual({ v: 'edited here later', t: CREATED_AT + 9000 });
    expect(result.fields[LEARN]).toEqual({ v: 'newer learn from the file', t: CREATED_AT + 9500 });
    expect(result.fields[keys.arena('leadership')]).toEqual({ v: true, t: CREATED_AT + 9600 });
    expect(result.fields[REACTION]).toEqual({ v: 'only here', t: 7 });
    expect(Object.keys(result.fields).sort()).toEqual(
      [...new Set([...Object.keys(local.fields), ...Object.keys(incoming.fields)])].sort(),
    );
    expect(InterviewSchema.safeParse(result).success).toBe(true);
  });

  it('update: the result carries no writer, so a panel that has the interview open takes the change in', () => {
    const local = { ...must(sample()[0]), writer: 'panel-a' };
    const incoming = at(local, NOTE, 'newer from the file', CREATED_AT + 99_000);
    const [item] = items(planImport(exportFile([incoming], NOW), store([local])));
    expect(item?.action).toBe('update');
    expect(item?.reason).toBe('1 newer answer from the file; newer answers here are kept');
    expect(must(item?.result).writer).toBeUndefined();
  });

  it.each<[string, (local: Interview) => Interview]>([
    ['the same copy', (local) => local],
    ['an older copy', (local) => at(local, NOTE, 'older', 1)],
    ['a copy with a tie', (local) => at(local, NOTE, 'same stamp, other words', must(local.fields[NOTE]).t)],
    ['a copy with fewer fields', (local) => ({ ...local, fields: { [NOTE]: must(local.fields[NOTE]) } })],
  ])('skips %s: nothing in it is newer', (_name, fromFile) => {
    const local = must(sample()[0]);
    const incoming = fromFile(local);
    const [item] = items(planImport(exportFile([incoming], NOW), store([local])));
    expect(item).toEqual({
      path: 'interviews.0',
      id: local.id,
      candidate: incoming.fields[keys.candidate]?.v ?? '',
      action: 'skip',
      reason: 'already up to date (nothing newer in the file)',
    });
  });

  it('skips an interview that appears again in the same file', () => {
    const [a, b] = sample();
    const plan = items(planImport(exportFile([must(a), must(b), at(must(a), NOTE, 'newer', NOW)], NOW), empty));
    expect(plan.map((i) => i.action)).toEqual(['add', 'add', 'skip']);
    expect(plan[2]).toMatchObject({
      path: 'interviews.2',
      id: 'interview-a',
      reason: 'the same interview appears earlier in the file',
    });
    expect(plan[2]?.result).toBeUndefined();
  });

  it('skips invalid entries, giving the path of each error, and keeps the valid ones', () => {
    const [a, b] = sample().map(withoutWriter);
    const file = JSON.parse(exportFile([], NOW));
    file.interviews = [
      a,
      b,
      { ...a, id: 'interview-x', fields: { ...a?.fields, candidate: { v: 42, t: 1 }, [NOTE]: { v: 'no stamp' } } },
      { ...a, id: 'bad id!' },
      'not an interview',
      { ...a, id: 'interview-y', schema: 7 },
      { ...a, id: 'interview-z', fields: { ...a?.fields, 'has spaces': { v: 'x', t: 1 } } },
    ];
    const plan = items(planImport(JSON.stringify(file), empty));
    expect(plan.map((i) => i.action)).toEqual(['add', 'add', 'skip', 'skip', 'skip', 'skip', 'skip']);
    expect(plan[2]).toMatchObject({ id: 'interview-x', candidate: '' });
    expect(plan[2]?.reason).toMatch(/^invalid: /);
    expect(plan[2]?.reason).toContain('interviews.2.fields.candidate.v: ');
    expect(plan[2]?.reason).toContain(`interviews.2.fields.${NOTE}.t: expected number`);
    expect(plan[3]?.reason).toContain('interviews.3.id: ');
    expect(plan[3]?.id).toBe('bad id!');
    expect(plan[4]).toMatchObject({ id: null, reason: 'invalid: interviews.4.(root): no schema version' });
    expect(plan[5]?.reason).toContain('interviews.5.(root): written by a newer version of the extension (schema 7)');
    expect(plan[6]?.reason).toContain('interviews.6.fields.has spaces: ');
    for (const item of plan.slice(2)) expect(item.result).toBeUndefined();
  });

  it('skips an interview whose stored copy cannot be read, and says the stored copy is kept', () => {
    const [a] = sample();
    const [item] = items(planImport(exportFile([must(a)], NOW), store([], ['interview-a'])));
    expect(item).toMatchObject({ action: 'skip', reason: 'the stored copy could not be read and is kept as it is' });
    expect(item?.result).toBeUndefined();
  });

  it.each<[string, () => string, RegExp]>([
    ['not JSON', () => 'Ada Lovelace, Staff engineer', /^The file is not valid JSON \(/],
    ['truncated JSON', () => exportFile(sample(), NOW).slice(0, 200), /^The file is not valid JSON/],
    ['an empty file', () => '', /^The file is not valid JSON/],
    ['JSON null', () => 'null', /^This is not a Reverse Interview export: \(root\): expected object/],
    [
      'a JSON array of interviews',
      () => JSON.stringify(sample()),
      /^This is not a Reverse Interview export: \(root\): expected object/,
    ],
    [
      'another format',
      () => JSON.stringify({ format: 'notion-export', version: 1 }),
      /^This is not a Reverse Interview export: format: /,
    ],
    [
      'interviews that are not a list',
      () => JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '', interviews: {} }),
      /^This is not a Reverse Interview export: interviews: expected array/,
    ],
    [
      'a newer format version',
      () => JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: '', interviews: [] }),
      /^The file was exported by a newer version of Reverse Interview \(format 2\)\.$/,
    ],
    ['over the size limit', () => `${' '.repeat(MAX_IMPORT_BYTES)}[]`, /^The file is larger than 50 MB; nothing was imported\.$/],
  ])('refuses %s with a clear message', (_name, make, message) => {
    const plan = planImport(make(), store(sample()));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error).toMatch(message);
  });

  it('never changes the interviews it compares against', () => {
    const local = sample();
    const before = structuredClone(local);
    const incoming = local.map((i) => at(i, NOTE, 'newer', NOW));
    planImport(exportFile(incoming, NOW), store(local));
    expect(local).toEqual(before);
  });
});

// ── Property tests ──────────────────────────────────────────────────────────

/** Every plan is either a refusal with words in it, or items that are each well formed. */
function checkPlan(plan: ImportPlan, existing: Existing): void {
  if (!plan.ok) {
    expect(plan.error).toMatch(/\S/);
    return;
  }
  const written = new Set<string>();
  for (const item of plan.items) {
    expect(item.path).toMatch(/^interviews\.\d+$/);
    expect(item.reason).toMatch(/\S/);
    if (item.action === 'skip') {
      expect(item.result).toBeUndefined();
      continue;
    }
    const result = must(item.result, `${item.path} result`);
    expect(InterviewSchema.safeParse(result).success).toBe(true);
    expect(result.writer).toBeUndefined();
    expect(Object.hasOwn(result.fields, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.fields)).toBe(Object.prototype);
    expect(result.id).toBe(item.id);
    expect(written.has(result.id)).toBe(false);
    written.add(result.id);
    const current = existing(result.id);
    if (item.action === 'add') {
      expect(current.kind).toBe('missing');
      continue;
    }
    expect(current.kind).toBe('ok');
    if (current.kind !== 'ok') continue;
    for (const [key, mine] of Object.entries(current.interview.fields)) {
      const kept = must(Object.hasOwn(result.fields, key) ? result.fields[key] : undefined, `${item.path}.fields.${key}`);
      expect(kept.t).toBeGreaterThanOrEqual(mine.t);
      if (kept.t === mine.t) expect(kept).toEqual(mine);
    }
  }
}

function expectNoPollution(): void {
  for (const name of ['polluted', 'isAdmin', 'schema', 'fields']) {
    expect(name in {}, `Object.prototype.${name}`).toBe(false);
  }
}

describe('planImport properties: random input', () => {
  const local = sample();
  const existing = store(local, ['interview-d']);

  it('arbitrary strings never throw and are refused or planned', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii', maxLength: 300 })),
        (text) => {
          checkPlan(planImport(text, existing), existing);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('arbitrary JSON never throws and is refused or planned', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.anything({ withNullPrototype: true, withObjectString: true }).map((v) => JSON.stringify(v) ?? 'undefined'),
        ),
        (text) => {
          checkPlan(planImport(text, existing), existing);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('an export envelope around arbitrary entries plans each entry: valid ones added, the rest skipped with their path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.anything()), { maxLength: 6 }), (entries) => {
        const text = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: 'x', interviews: entries });
        const plan = planImport(text, existing);
        checkPlan(plan, existing);
        for (const item of items(plan)) {
          if (item.action === 'skip' && item.reason.startsWith('invalid: ')) {
            expect(item.reason.slice('invalid: '.length).split('; ')[0]).toMatch(
              new RegExp(`^${item.path.replace('.', '\\.')}\\.`),
            );
          }
        }
        expect(items(plan)).toHaveLength(JSON.parse(text).interviews.length);
      }),
      { numRuns: 1500 },
    );
    expect(local).toEqual(sample());
  });
});

// ── Mutations of a valid export ─────────────────────────────────────────────

describe('planImport properties: mutated exports', () => {
  /** The store: A and B readable, D unreadable. */
  const [a, b] = sample() as [Interview, Interview, Interview];
  const local = [
    at(at(a, NOTE, 'newest words, typed here', NOW), REACTION, 'only here', CREATED_AT + 50),
    at(b, LEARN, 'typed here too', CREATED_AT + 40),
  ];
  const existing = store(local, ['interview-d']);
  const snapshot = structuredClone(local);

  /** The file: A with newer and older fields, B unchanged, C new, D (unreadable here). */
  const base = JSON.parse(
    exportFile(
      [
        at(at(a, LEARN, 'newer from the file', NOW + 10), NOTE, 'older words from the file', NOW - 10),
        b,
        newInterview({ id: 'interview-c', candidate: 'Grace Hopper' }),
        newInterview({ id: 'interview-d', candidate: 'Alan Turing' }),
      ],
      NOW,
    ),
  );

  it('never throw, never yield an invalid record, never put an older field over a newer one', () => {
    const seen = { add: 0, update: 0, skip: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (mutations, overflow) => {
        const file = structuredClone(base);
        for (const m of mutations) mutate(file, m);
        let text = JSON.stringify(file);
        // JSON can say 1e400 (Infinity once parsed), which JSON.stringify never writes.
        if (overflow) text = text.replace(/"t":\d+/, '"t":1e400');
        const plan = planImport(text, existing);
        checkPlan(plan, existing);
        if (plan.ok) for (const item of plan.items) seen[item.action] += 1;
        else seen.refused += 1;
        expectNoPollution();
      }),
      { numRuns: 2000 },
    );
    expect(local).toEqual(snapshot);
    // The mutations are mild enough that every outcome happens many times.
    for (const [outcome, count] of Object.entries(seen)) expect(count, outcome).toBeGreaterThan(50);
  });

  it('the unmutated base file plans add, update, skip and skip', () => {
    const plan = items(planImport(JSON.stringify(base), existing));
    expect(plan.map((i) => [i.id, i.action])).toEqual([
      ['interview-a', 'update'],
      ['interview-b', 'skip'],
      ['interview-c', 'add'],
      ['interview-d', 'skip'],
    ]);
    expect(must(plan[0]?.result).fields[NOTE]?.v).toBe('newest words, typed here');
    expect(must(plan[0]?.result).fields[LEARN]?.v).toBe('newer from the file');
  });
});

describe('planImport and prototype pollution', () => {
  const valid = JSON.parse(exportFile(sample(), NOW));
  const proto = '"__proto__":{"polluted":true,"isAdmin":true}';
  const ctor = '"constructor":{"prototype":{"polluted":true}}';

  /** Text edits that put a hostile key at the start of an object somewhere in a valid export. */
  const places: [string, (text: string) => string][] = [
    ['the root', (t) => t.replace('{', `{${proto},`)],
    ['an interview', (t) => t.replace('"schema":2', `${proto},"schema":2`)],
    ['every interview', (t) => t.replaceAll('"schema":2', `${proto},${ctor},"schema":2`)],
    ['fields', (t) => t.replace('"fields":{', `"fields":{${proto},`)],
    ['a field value', (t) => t.replace('"candidate":{', `"candidate":{${proto},`)],
    ['fields, as a constructor', (t) => t.replace('"fields":{', `"fields":{${ctor},`)],
    ['the interviews list, as an entry', (t) => t.replace('"interviews":[', `"interviews":[{${proto}},`)],
  ];

  it.each(places)('a hostile key in %s pollutes nothing and is never written back', (_name, edit) => {
    const text = edit(JSON.stringify(valid));
    expect(text).toContain('"polluted":true');
    const plan = planImport(text, store([], []));
    expectNoPollution();
    checkPlan(plan, empty);
    if (plan.ok) {
      for (const item of plan.items) {
        if (!item.result) continue;
        expect(JSON.stringify(item.result)).not.toContain('__proto__');
        expect(JSON.stringify(item.result)).not.toContain('polluted');
      }
    }
  });

  it('a "__proto__" or "constructor" key anywhere in the text pollutes nothing', () => {
    const text = JSON.stringify(valid);
    const openings = [...text.matchAll(/\{/g)].map((m) => m.index);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...openings), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (spots, useCtor) => {
          let edited = text;
          for (const i of [...spots].sort((x, y) => y - x))
            edited = `${edited.slice(0, i + 1)}${useCtor ? ctor : proto},${edited.slice(i + 1)}`;
          const plan = planImport(edited, empty);
          expectNoPollution();
          checkPlan(plan, empty);
        },
      ),
      { numRuns: 500 },
    );
  });
});
