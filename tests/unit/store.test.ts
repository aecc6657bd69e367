import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RichText } from '../../lib/clipboard';
import { type Interview, InterviewSchema, keys, text } from '../../lib/interview';
import { defaultScript, findScript } from '../../lib/script';
import { browserStorage, type Storage } from '../../lib/storage/area';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { createInterviewsStore, type StoreDeps } from '../../lib/store/interviews';
import { CREATED_AT, deferred, implementGetKeys, must, settle } from './support';

const ID = 'interview-1';
const NOTE = keys.answer('difference', 'note');
const SAID = keys.check('difference', 'said');

/** A clock that ticks 1 ms per reading from a fixed start: stamps are predictable. */
function fakeClock(start = CREATED_AT) {
  let now = start;
  return () => {
    now += 1;
    return now;
  };
}

function makePanel(overrides: Partial<StoreDeps> = {}) {
  const copy = vi.fn<StoreDeps['copy']>(async () => 'clipboard-api');
  const panel = createInterviewsStore({
    repository: createRepository(browserStorage()),
    script: findScript,
    defaultScript,
    clock: fakeClock(),
    newId: () => ID,
    writerId: 'panel-a',
    copy,
    ...overrides,
  });
  const state = () => panel.store.getState();
  return { ...panel, state, copy };
}

async function stored(id = ID): Promise<Interview> {
  const raw = (await fakeBrowser.storage.local.get(interviewKey(id)))[interviewKey(id)];
  return InterviewSchema.parse(raw);
}

const form = { candidate: ' Ada Lovelace ', role: 'Staff engineer', atsLink: '' };

describe('interviews store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('init hydrates the list newest first and reports bad entries', async () => {
    await fakeBrowser.storage.local.set({
      index: {
        schema: 1,
        entries: {
          older: { id: 'older', candidate: 'Old', role: 'R', createdAt: 1 },
          newest: { id: 'newest', candidate: 'New', role: 'R', createdAt: 3 },
          middle: { id: 'middle', candidate: 'Mid', role: 'R', createdAt: 2 },
          broken: { id: 'broken' },
        },
      },
    });
    const panel = makePanel();
    expect(panel.state().phase).toBe('loading');
    const unwatch = await panel.actions.init();
    expect(panel.state().phase).toBe('ready');
    expect(panel.state().entries.map((e) => e.id)).toEqual(['newest', 'middle', 'older']);
    expect(panel.state().problems.map((p) => p.key)).toEqual(['index.entries.broken']);
    unwatch();
  });

  it('open() keeps a change that another panel saves while the record is being read', async () => {
    const writer = makePanel({ writerId: 'panel-b' });
    const unwatchWriter = await writer.actions.init();
    await writer.actions.start(form);
    await settle();

    // The reader's storage read completes, then is held back until the
    // other panel's change has been delivered.
    const base = createRepository(browserStorage());
    const gate = deferred();
    const reader = makePanel({
      repository: {
        ...base,
        readInterview: async (id) => {
          const result = await base.readInterview(id);
          await gate.promise;
          return result;
        },
      },
    });
    const unwatch = await reader.actions.init();
    const opening = reader.actions.open(ID);
    await settle();
    writer.actions.setAnswer(NOTE, 'typed in the other panel');
    await settle();
    gate.resolve();
    await opening;
    await settle();
    expect(text(must(reader.state().interview), NOTE)).toBe('typed in the other panel');
    unwatch();
    unwatchWriter();
  });

  it('start() creates the interview, saves and indexes it, and opens it', async () => {
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    await settle();

    const { screen, openId, interview, save, entries } = panel.state();
    expect([screen, openId, save]).toEqual(['interview', ID, 'saved']);
    expect(text(must(interview), keys.candidate)).toBe('Ada Lovelace');
    expect(entries).toEqual([{ id: ID, candidate: 'Ada Lovelace', role: 'Staff engineer', createdAt: CREATED_AT + 1, status: 'active' }]);
    const saved = await stored();
    expect(saved.fields).toEqual(must(interview).fields);
    expect(saved.writer).toBe('panel-a');
    unwatch();
  });

  it('setAnswer saves the value to storage and ends "saved"', async () => {
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    panel.actions.setAnswer(NOTE, 'Took it well');
    expect(panel.state().save).toBe('saving');
    expect(text(must(panel.state().interview), NOTE)).toBe('Took it well');
    await settle();
    expect(text(await stored(), NOTE)).toBe('Took it well');
    expect(panel.state().save).toBe('saved');
    unwatch();
  });

  it('fast typing ends with the last keystroke in storage and in the state', async () => {
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    const typed = 'Candidate was surprised';
    for (let i = 1; i <= typed.length; i += 1) {
      panel.actions.setAnswer(NOTE, typed.slice(0, i));
      if (i % 5 === 0) await Promise.resolve();
    }
    await settle();
    expect(text(must(panel.state().interview), NOTE)).toBe(typed);
    expect(text(await stored(), NOTE)).toBe(typed);
    unwatch();
  });

  it('open() reads a stored interview', async () => {
    const first = makePanel();
    await first.actions.start(form);
    await settle();
    const second = makePanel({ writerId: 'panel-b' });
    await second.actions.open(ID);
    expect(second.state().interview).toEqual(await stored());
    expect(second.state().openProblem).toBeNull();
  });

  it('open() of a missing interview reports a problem instead of an editor', async () => {
    const panel = makePanel();
    await panel.actions.open('not-there');
    expect(panel.state().interview).toBeNull();
    expect(panel.state().openProblem?.reasons).toEqual(['the record is missing from storage']);
  });

  it.each<[string, 'sequential' | 'interleaved']>([
    ['one after the other', 'sequential'],
    ['in the same tick', 'interleaved'],
  ])('two panels editing different fields of one interview (%s): both edits survive everywhere', async (_name, timing) => {
    const a = makePanel({ writerId: 'panel-a', clock: fakeClock(CREATED_AT) });
    const b = makePanel({ writerId: 'panel-b', clock: fakeClock(CREATED_AT + 1000) });
    const unwatchA = await a.actions.init();
    const unwatchB = await b.actions.init();
    await a.actions.start(form);
    await settle();
    await b.actions.open(ID);

    a.actions.setAnswer(NOTE, 'typed in panel A');
    if (timing === 'sequential') await settle();
    b.actions.setAnswer(SAID, true);
    a.actions.setAnswer(keys.role, 'Principal engineer');
    b.actions.chooseArena('technical', true);
    await settle(10);

    const expected = {
      [NOTE]: 'typed in panel A',
      [SAID]: true,
      [keys.role]: 'Principal engineer',
      [keys.arena('technical')]: true,
    };
    const values = (interview: Interview | null) =>
      Object.fromEntries(Object.keys(expected).map((k) => [k, must(interview).fields[k]?.v]));
    expect(values(await stored())).toEqual(expected);
    expect(values(a.state().interview)).toEqual(expected);
    expect(values(b.state().interview)).toEqual(expected);
    expect(must(a.state().interview).fields).toEqual((await stored()).fields);
    expect(must(b.state().interview).fields).toEqual((await stored()).fields);
    unwatchA();
    unwatchB();
  });

  it('two panels converge even when storage events arrive late and out of order', async () => {
    // Real storage.onChanged events are asynchronous: a page may see its own
    // older echo, or another page's older write, after newer keystrokes.
    const held: (() => void)[] = [];
    const lateStorage = (): Storage => {
      const base = browserStorage();
      return { area: base.area, watch: (listener) => base.watch((changes) => held.push(() => listener(changes))) };
    };
    const a = makePanel({ writerId: 'panel-a', repository: createRepository(lateStorage()), clock: fakeClock(CREATED_AT) });
    const b = makePanel({ writerId: 'panel-b', repository: createRepository(lateStorage()), clock: fakeClock(CREATED_AT + 500) });
    const unwatch = [await a.actions.init(), await b.actions.init()];
    await a.actions.start(form);
    await settle();
    await b.actions.open(ID);

    for (const word of ['one', 'one two', 'one two three']) {
      a.actions.setAnswer(NOTE, word);
      b.actions.setAnswer(keys.answer('growth', 'notes'), `${word} (B)`);
      await settle();
    }
    b.actions.chooseArena('leadership', true);
    await settle();

    // Deliver everything newest first, then whatever the deliveries cause, until quiet.
    for (let round = 0; round < 20 && held.length > 0; round += 1) {
      const batch = held.splice(0).reverse();
      for (const deliver of batch) deliver();
      await settle();
    }
    expect(held).toEqual([]);

    const final = await stored();
    const expected = {
      [NOTE]: 'one two three',
      [keys.answer('growth', 'notes')]: 'one two three (B)',
      [keys.arena('leadership')]: true,
    };
    for (const [key, value] of Object.entries(expected)) {
      expect(final.fields[key]?.v).toBe(value);
      expect(must(a.state().interview).fields[key]?.v).toBe(value);
      expect(must(b.state().interview).fields[key]?.v).toBe(value);
    }
    for (const stop of unwatch) stop();
  });

  it.each<[string, string, string]>([
    ['its own echo is ignored', 'panel-a', 'typed here'],
    ["another panel's newer write is merged in", 'panel-b', 'written elsewhere'],
  ])('a storage change carrying a newer stamp: %s', async (_name, writer, expected) => {
    const panel = makePanel({ writerId: 'panel-a' });
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    panel.actions.setAnswer(NOTE, 'typed here');
    await settle();

    const current = must(panel.state().interview);
    const changed: Interview = {
      ...current,
      writer,
      fields: { ...current.fields, [NOTE]: { v: 'written elsewhere', t: Number.MAX_SAFE_INTEGER } },
    };
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: changed });
    await settle();
    expect(text(must(panel.state().interview), NOTE)).toBe(expected);
    unwatch();
  });

  it('an older write from another panel does not overwrite newer typing, and the union is written back', async () => {
    const panel = makePanel({ writerId: 'panel-a' });
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    panel.actions.setAnswer(NOTE, 'newest words');
    await settle();
    const stale: Interview = { ...must(panel.state().interview), writer: 'panel-b', fields: { [NOTE]: { v: 'old', t: 1 } } };
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: stale });
    await settle();
    expect(text(must(panel.state().interview), NOTE)).toBe('newest words');
    expect(text(await stored(), NOTE)).toBe('newest words');
    expect(text(await stored(), keys.candidate)).toBe('Ada Lovelace');
    unwatch();
  });

  it('an invalid record on open is reported and never written over', async () => {
    const garbage = { schema: 1, id: ID, fields: 'not fields' };
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: garbage });
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.open(ID);
    expect(panel.state().openProblem?.key).toBe(interviewKey(ID));
    expect(panel.state().openProblem?.reasons.length).toBeGreaterThan(0);

    panel.actions.setAnswer(NOTE, 'should not be saved');
    panel.actions.flush();
    await settle();
    expect((await fakeBrowser.storage.local.get(interviewKey(ID)))[interviewKey(ID)]).toEqual(garbage);
    unwatch();
  });

  it('a record that turns invalid while open stops all writes to it', async () => {
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    await settle();
    const garbage = 'overwritten by something else';
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: garbage });
    await settle();
    expect(panel.state().openProblem?.key).toBe(interviewKey(ID));

    const before = panel.state().interview;
    panel.actions.setAnswer(NOTE, 'should not be saved');
    expect(panel.state().interview).toBe(before);
    await settle();
    expect(panel.state().save).toBe('saved');
    expect((await fakeBrowser.storage.local.get(interviewKey(ID)))[interviewKey(ID)]).toBe(garbage);
    unwatch();
  });

  it('a failed save keeps the text, says so, and reports "failed"', async () => {
    const panel = makePanel();
    await panel.actions.start(form);
    await settle();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    panel.actions.setAnswer(NOTE, 'precious words');
    await settle();
    expect(panel.state().save).toBe('failed');
    expect(panel.state().saveError).toContain('QUOTA_BYTES');
    expect(panel.state().status?.tone).toBe('error');
    expect(text(must(panel.state().interview), NOTE)).toBe('precious words');

    panel.actions.setAnswer(NOTE, 'precious words!');
    await settle();
    expect(text(await stored(), NOTE)).toBe('precious words!');
  });

  it('copySummary copies html and text and says "Copied"', async () => {
    const panel = makePanel();
    await panel.actions.start(form);
    panel.actions.setAnswer(NOTE, 'Keen');
    await panel.actions.copySummary();
    expect(panel.copy).toHaveBeenCalledOnce();
    const content = must(panel.copy.mock.calls[0])[0] as RichText;
    expect(content.text).toContain('- Note: Keen');
    expect(content.html).toContain('<li><b>Note:</b> Keen</li>');
    expect(panel.state().status).toMatchObject({ tone: 'info', text: 'Copied' });
  });

  it('copySummary names the fallback route when the Clipboard API was refused', async () => {
    const panel = makePanel({ copy: async () => 'copy-command' });
    await panel.actions.start(form);
    await panel.actions.copySummary();
    expect(panel.state().status?.text).toMatch(/^Copied \(/);
  });

  it('copySummary reports an error when the copy is refused', async () => {
    const panel = makePanel({
      copy: async () => {
        throw new Error('The browser refused the copy (Document is not focused).');
      },
    });
    await panel.actions.start(form);
    await panel.actions.copySummary();
    expect(panel.state().status?.tone).toBe('error');
    expect(panel.state().status?.text).toContain('Document is not focused');
  });

  it('copySummary does nothing without an open interview', async () => {
    const panel = makePanel();
    await panel.actions.copySummary();
    expect(panel.copy).not.toHaveBeenCalled();
    expect(panel.state().status).toBeNull();
  });

  it('chooseArena past four leaves the choice alone and says why', async () => {
    const panel = makePanel();
    await panel.actions.start(form);
    for (const id of ['technical', 'teamwork', 'leadership']) panel.actions.chooseArena(id, true);
    expect(panel.actions.addArena('Public speaking')).toBe(true);
    const before = panel.state().interview;
    const seq = panel.state().status?.seq ?? 0;

    panel.actions.chooseArena('personal', true);
    expect(panel.state().interview).toBe(before);
    expect(panel.state().status?.tone).toBe('info');
    expect(panel.state().status?.text).toMatch(/four arenas at most/i);
    expect(panel.state().status?.seq).toBeGreaterThan(seq);
  });

  it('goTo clears an info message about the step being left', async () => {
    const panel = makePanel();
    await panel.actions.start(form);
    panel.actions.addArena('Public speaking');
    expect(panel.state().status?.tone).toBe('info');
    panel.actions.goTo('reality');
    expect(panel.state().status).toBeNull();
    expect(text(must(panel.state().interview), keys.step)).toBe('reality');
  });
});
