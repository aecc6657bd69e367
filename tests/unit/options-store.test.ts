/**
 * The options page's data section (issue #3): every record checked on open,
 * import planned again at confirm time, erase, and random files through the
 * whole import path against real (fake) storage.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GREETING, DEFAULT_SIGN_OFF, WORDING_MAX } from '../../lib/growth/wording';
import { type Interview, InterviewSchema, text } from '../../lib/interview';
import { entryOf } from '../../lib/interview/entry';
import { browserStorage } from '../../lib/platform/storage';
import { interviewKey, registry } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { exportFile } from '../../lib/storage/transfer';
import { createOptionsStore } from '../../lib/store/options';
import { CREATED_AT, implementGetKeys, must, newInterview, settle, storedInterview, withFields } from './support';
import { type Json, mutate, mutation } from './support/mutate';
import { keys } from './support/ri';

const NOW = Date.UTC(2026, 10, 20, 9, 30);
const NOTE = keys.answer('difference', 'note');
const LEARN = keys.grid('technical', 'learn');

function makeOptions() {
  const repository = createRepository(browserStorage(), { now: () => NOW });
  const options = createOptionsStore(repository, () => NOW);
  return { ...options, repository, state: () => options.store.getState() };
}

async function seed(interviews: Interview[], extra: Record<string, unknown> = {}) {
  const entries = Object.fromEntries(interviews.map((i) => [i.id, entryOf(i)]));
  const items: Record<string, unknown> = { index: { schema: 2, entries }, ...extra };
  for (const i of interviews) items[interviewKey(i.id)] = i;
  await fakeBrowser.storage.local.set(items);
}

const all = () => fakeBrowser.storage.local.get(null);

const ada = () =>
  withFields(newInterview({ id: 'ada-01', candidate: 'Ada Lovelace' }), { [NOTE]: 'first words', [LEARN]: 'Rust' });
const bob = () => withFields(newInterview({ id: 'bob-01', candidate: 'Bob Kahn' }, CREATED_AT + 10), { [NOTE]: 'TCP' });

describe('options store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('news leaves the status line after a while; an error stays (issue 21: "Saved." stayed over the next section)', async () => {
    vi.useFakeTimers();
    try {
      const repository = createRepository(browserStorage(), { now: () => NOW });
      const o = createOptionsStore(repository, () => NOW, 1000);
      await o.actions.saveSettings({ interviewer: 'Grace' });
      expect(o.store.getState().message).toMatchObject({ tone: 'info', text: 'Saved.' });
      await vi.advanceTimersByTimeAsync(999);
      expect(o.store.getState().message?.text).toBe('Saved.');
      await vi.advanceTimersByTimeAsync(2);
      expect(o.store.getState().message).toBeNull();
      o.actions.fileUnreadable('notes.json', new Error('gone'));
      await vi.advanceTimersByTimeAsync(5000);
      expect(o.store.getState().message?.tone).toBe('error');
    } finally {
      vi.useRealTimers();
    }
  });

  it('on open, checks every record: one nobody opened and one missing from the index are listed with when and why', async () => {
    await seed([ada()], {
      // Indexed but never opened in a panel.
      'interview:xxxxxx': { schema: 1, id: 'xxxxxx', fields: 'nope' },
      // Not even in the index.
      'interview:yyyyyy': { schema: 9, id: 'yyyyyy' },
    });
    const before = await all();
    const o = makeOptions();
    const unwatch = await o.actions.init();
    await settle();
    const q = o.state().quarantine;
    expect(q.map((i) => i.key).sort()).toEqual(['interview:xxxxxx', 'interview:yyyyyy']);
    for (const item of q) {
      expect(item.at).toBe(NOW);
      expect(item.reasons.length).toBeGreaterThan(0);
    }
    expect(q.find((i) => i.key === 'interview:yyyyyy')?.reasons[0]).toMatch(/newer version .*schema 9/);
    // The raw export carries both records exactly as stored.
    const file = JSON.parse(must(await o.actions.exportQuarantine()).json) as { raw: Record<string, unknown> };
    expect(file.raw['interview:xxxxxx']).toEqual(before['interview:xxxxxx']);
    expect(file.raw['interview:yyyyyy']).toEqual(before['interview:yyyyyy']);
    const after = await all();
    expect(after['interview:xxxxxx']).toEqual(before['interview:xxxxxx']);
    expect(after['interview:yyyyyy']).toEqual(before['interview:yyyyyy']);
    unwatch();
  });

  it('follows settings and the count, and reads nothing when a panel saves an answer', async () => {
    await seed([ada()]);
    const o = makeOptions();
    const unwatch = await o.actions.init();
    await settle();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      // A panel beside a call saves at every pause in typing: one record, nothing else.
      for (let i = 0; i < 5; i += 1) await o.repository.writeInterview(withFields(ada(), { [NOTE]: `typed ${i}` }));
      await settle();
      expect(get).not.toHaveBeenCalled();

      // A new interview changes the index: the count follows.
      await o.repository.putInterviews([bob()]);
      await settle();
      expect(o.state().interviewCount).toBe(2);
      // A setting changed in another tab shows here too.
      await o.repository.writeSettings({ ...o.state().settings, retentionDays: 90 });
      await settle();
      expect(o.state().settings.retentionDays).toBe(90);
      // A panel that finds a record it cannot read logs it: the list of unreadable data follows.
      await fakeBrowser.storage.local.set({ [interviewKey('torn-01')]: { schema: 1, id: 'torn-01', fields: 'cut' } });
      const panel = createRepository(browserStorage(), { now: () => NOW });
      expect((await panel.readInterview('torn-01')).kind).toBe('invalid');
      await panel.settled();
      await settle();
      expect(o.state().quarantine.map((q) => q.key)).toEqual([interviewKey('torn-01')]);
    } finally {
      get.mockRestore();
      unwatch();
    }
  });

  it('applies retention when it is saved, and says what it deleted', async () => {
    const recent = newInterview({ id: 'recent-01', candidate: 'Recent' }, NOW - 2 * 86_400_000);
    await seed([ada(), bob(), recent]);
    const o = makeOptions();
    const unwatch = await o.actions.init();
    await settle();
    const message = () => o.state().message;

    // Nothing old enough: saved, nothing deleted.
    await o.actions.saveSettings({ retentionDays: 365 });
    expect(message()).toMatchObject({ tone: 'info', text: 'Saved.' });
    expect(Object.keys(await all()).filter((k) => k.startsWith('interview:'))).toHaveLength(3);

    // Ada and Bob are 17 days old.
    await o.actions.saveSettings({ retentionDays: 10 });
    expect(message()).toMatchObject({ tone: 'info', text: 'Saved. 2 interviews older than 10 days deleted.' });
    expect(Object.keys(await all()).filter((k) => k.startsWith('interview:'))).toEqual([interviewKey('recent-01')]);
    await settle();
    expect(o.state().interviewCount).toBe(1);

    // An old one that cannot be read is kept as it is, and the message says so.
    const torn = { schema: 1, id: 'recent-01', fields: 'cut off' };
    await fakeBrowser.storage.local.set({ [interviewKey('recent-01')]: torn });
    await o.actions.saveSettings({ retentionDays: 1 });
    expect(message()).toMatchObject({
      tone: 'info',
      text: 'Saved. One interview older than 1 day could not be deleted and was kept (see Unreadable data).',
    });
    expect((await all())[interviewKey('recent-01')]).toEqual(torn);
    await fakeBrowser.storage.local.set({ [interviewKey('recent-01')]: recent });

    // Another setting does not run it; a storage that refuses to read says so, and the setting is kept.
    await o.actions.saveSettings({ interviewer: 'Grace' });
    expect(message()).toMatchObject({ tone: 'info', text: 'Saved.' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    try {
      await o.actions.saveSettings({ retentionDays: 1 });
    } finally {
      get.mockRestore();
    }
    expect(message()).toMatchObject({
      tone: 'error',
      text: 'Saved, but old interviews could not be deleted now (Error: IO error). The daily run will try again.',
    });
    expect(await o.repository.readSettings()).toMatchObject({ retentionDays: 1, interviewer: 'Grace' });
    unwatch();
  });

  it('confirm plans again: an answer typed after the preview is not replaced by the older one in the file', async () => {
    await seed([ada()]);
    const o = makeOptions();
    const unwatch = await o.actions.init();
    // The file: Ada with an older note but a newer "learn", and Bob (new).
    const fileAda = withFields(ada(), { [LEARN]: 'Rust and Coq' }, CREATED_AT + 5000);
    await o.actions.chooseImport('x.json', exportFile([fileAda, bob()], NOW));
    expect(must(o.state().plan).ok).toBe(true);

    // Meanwhile a panel types a newer note, and Bob arrives from another import with a newer answer.
    const typed = withFields(await storedInterview('ada-01'), { [NOTE]: 'typed after the preview' }, CREATED_AT + 9000);
    const newerBob = withFields(bob(), { [NOTE]: 'TCP/IP, newer' }, CREATED_AT + 9000);
    await seed([typed, newerBob]);

    await o.actions.confirmImport();
    expect(text(await storedInterview('ada-01'), NOTE)).toBe('typed after the preview');
    expect(text(await storedInterview('ada-01'), LEARN)).toBe('Rust and Coq');
    expect(text(await storedInterview('bob-01'), NOTE)).toBe('TCP/IP, newer');
    expect(o.state().message?.text).toMatch(/Storage changed since the preview/);
    expect(o.state().plan).toBeNull();
    unwatch();
  });

  it('export, erase all, import: every interview comes back with every field exactly as it was', async () => {
    await seed([ada(), bob()]);
    const o = makeOptions();
    const unwatch = await o.actions.init();
    const before = await all();
    const file = must(await o.actions.exportAll());
    // Said when done (issue 21: it said nothing).
    expect(o.state().message).toMatchObject({
      tone: 'info',
      text: `Exported 2 interviews to ${file.filename}, in your downloads.`,
    });
    await o.actions.eraseAll();
    expect(await all()).toEqual({});
    expect(o.state().interviewCount).toBe(0);

    await o.actions.chooseImport(file.filename, file.json);
    const plan = must(o.state().plan);
    expect(plan.ok && plan.items.map((i) => i.action)).toEqual(['add', 'add']);
    await o.actions.confirmImport();
    expect(o.state().message?.text).toBe(`Imported ${file.filename}: 2 added, 0 updated, 0 skipped.`);
    const after = await all();
    for (const id of ['ada-01', 'bob-01']) {
      const { writer: _w, ...was } = before[interviewKey(id)] as Interview;
      expect(after[interviewKey(id)]).toEqual(was);
    }
    unwatch();
  });

  it('a corrupt settings record: defaults in use, listed as unreadable, a save refused in plain words, the record kept', async () => {
    const corrupt = { schema: 1, profile: 'lever', interviewer: 'Sam Rivera', noRecordingNote: 'yes', retentionDays: 90 };
    await seed([ada()], { settings: corrupt });
    const o = makeOptions();
    const unwatch = await o.actions.init();
    await settle();
    expect(o.state().settings).toEqual(registry.settings.fallback);
    expect(o.state().quarantine.map((i) => i.key)).toEqual(['settings']);

    await o.actions.saveSettings({ profile: 'ashby' });
    expect(o.state().message).toMatchObject({
      tone: 'error',
      text: 'Not saved: your stored settings could not be read, so they are kept exactly as they were and not written over. See "Unreadable data" below.',
    });
    expect(o.state().settings).toEqual(registry.settings.fallback);
    expect((await all()).settings).toEqual(corrupt);
    unwatch();
  });

  it('the message for the candidate: its wording is stored, the default as unset, too long refused with the text kept', async () => {
    await seed([ada()]);
    const o = makeOptions();
    await o.actions.init();
    await o.actions.saveWording('Dear {name},', 'Warmly,\n{interviewer}');
    expect((await all()).settings).toMatchObject({
      candidateGreeting: 'Dear {name},',
      candidateSignOff: 'Warmly,\n{interviewer}',
    });
    expect(o.state().message?.text).toBe('Saved.');
    // An older version reads what it knows: the record still parses with the schema it had (optional fields).
    expect(registry.settings.schema.safeParse((await all()).settings).success).toBe(true);
    await o.actions.saveWording(DEFAULT_GREETING, DEFAULT_SIGN_OFF);
    const stored = (await all()).settings as Record<string, unknown>;
    expect(stored).not.toHaveProperty('candidateGreeting');
    expect(stored).not.toHaveProperty('candidateSignOff');
    await o.actions.saveWording('x'.repeat(WORDING_MAX + 1), 'Bye');
    expect(o.state().message).toMatchObject({ tone: 'error' });
    expect(o.state().message?.text).toContain('Your text is still in the form');
    expect((await all()).settings).toEqual(stored);
  });

  it('a file that is not an export is refused and changes nothing', async () => {
    await seed([ada()]);
    const o = makeOptions();
    await o.actions.init();
    const before = JSON.stringify(await all());
    await o.actions.chooseImport('bad.json', '{"format":"something-else"}');
    const plan = must(o.state().plan);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error).toMatch(/^This is not a Reverse Interview export: format: expected one of/);
    await o.actions.confirmImport();
    expect(JSON.stringify(await all())).toBe(before);
  });
});

describe('options store import properties: mutated files against stored data', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  const local = [withFields(ada(), { [NOTE]: 'newest here' }, NOW), bob()];
  const corrupt = { schema: 1, id: 'alan-01', fields: 'unreadable' };
  const base = JSON.parse(
    exportFile(
      [
        withFields(ada(), { [LEARN]: 'newer from the file', [NOTE]: 'older from the file' }, CREATED_AT + 100),
        bob(),
        newInterview({ id: 'grace-01', candidate: 'Grace Hopper' }),
        newInterview({ id: 'alan-01', candidate: 'Alan Turing' }),
      ],
      NOW,
    ),
  ) as Json;

  it('no crash; refused or skipped means storage is untouched; no field ever gets older; unreadable data is never written', async () => {
    const outcomes = { refused: 0, wrote: 0, unchanged: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (mutations) => {
        fakeBrowser.reset();
        implementGetKeys();
        await seed(local, { 'interview:alan-01': corrupt });
        const o = makeOptions();
        await o.actions.init();
        await o.repository.settled();
        // After the options page logged the unreadable record: from here on only the import may write.
        const before = await all();
        const file = structuredClone(base);
        for (const m of mutations) mutate(file, m);
        await o.actions.chooseImport('f.json', JSON.stringify(file));
        const plan = must(o.state().plan);
        await o.actions.confirmImport();
        const after = await all();
        expect(after['interview:alan-01']).toEqual(corrupt);
        if (!plan.ok || plan.items.every((i) => i.action === 'skip')) {
          expect(after).toEqual(before);
          outcomes[plan.ok ? 'unchanged' : 'refused'] += 1;
          if (!plan.ok) expect(plan.error.length).toBeGreaterThan(10);
          return;
        }
        outcomes.wrote += 1;
        for (const interview of local) {
          const now = InterviewSchema.parse(after[interviewKey(interview.id)]);
          for (const [k, field] of Object.entries(interview.fields)) {
            expect(must(now.fields[k]).t).toBeGreaterThanOrEqual(field.t);
          }
        }
      }),
      { numRuns: 600 },
    );
    for (const [outcome, count] of Object.entries(outcomes)) expect(count, outcome).toBeGreaterThan(20);
  }, 180_000);
});
