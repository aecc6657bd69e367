import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RichText } from '../../lib/clipboard';
import { type Interview, InterviewSchema, setField, text } from '../../lib/interview';
import { browserStorage } from '../../lib/platform/storage';
import type { Storage } from '../../lib/storage/port';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import type { StoreDeps } from '../../lib/store/interviews';
import { TYPING_MS } from '../../lib/store/interviews/typing';
import {
  CREATED_AT,
  deferred,
  ID,
  implementGetKeys,
  must,
  newInterview,
  settle,
  stored,
  storedIndex,
  storedInterview,
} from './support';
import { makePanel } from './support/panel';
import { keys } from './support/ri';

const NOTE = keys.answer('difference', 'note');
const SAID = keys.check('difference', 'said');

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
    expect(entries).toEqual([
      { id: ID, candidate: 'Ada Lovelace', role: 'Staff engineer', createdAt: CREATED_AT + 1, status: 'active' },
    ]);
    const saved = await storedInterview();
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
    expect(text(await storedInterview(), NOTE)).toBe('Took it well');
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
    expect(text(await storedInterview(), NOTE)).toBe(typed);
    unwatch();
  });

  it('open() reads a stored interview', async () => {
    const first = makePanel();
    await first.actions.start(form);
    await settle();
    const second = makePanel({ writerId: 'panel-b' });
    await second.actions.open(ID);
    expect(second.state().interview).toEqual(await storedInterview());
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
    const a = makePanel({ writerId: 'panel-a', start: CREATED_AT });
    const b = makePanel({ writerId: 'panel-b', start: CREATED_AT + 1000 });
    const unwatchA = await a.actions.init();
    const unwatchB = await b.actions.init();
    await a.actions.start(form);
    await settle();
    await b.actions.open(ID);

    a.actions.setAnswer(NOTE, 'typed in panel A');
    if (timing === 'sequential') await settle();
    b.actions.setAnswer(SAID, true);
    a.actions.setAnswer(keys.role, 'Principal engineer');
    b.actions.chooseArena('arenas', 'technical', true);
    await settle(10);

    const expected = {
      [NOTE]: 'typed in panel A',
      [SAID]: true,
      [keys.role]: 'Principal engineer',
      [keys.arena('technical')]: true,
    };
    const values = (interview: Interview | null) =>
      Object.fromEntries(Object.keys(expected).map((k) => [k, must(interview).fields[k]?.v]));
    expect(values(await storedInterview())).toEqual(expected);
    expect(values(a.state().interview)).toEqual(expected);
    expect(values(b.state().interview)).toEqual(expected);
    expect(must(a.state().interview).fields).toEqual((await storedInterview()).fields);
    expect(must(b.state().interview).fields).toEqual((await storedInterview()).fields);
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
    const a = makePanel({ repository: createRepository(lateStorage(), { writerId: 'panel-a' }), start: CREATED_AT });
    const b = makePanel({ repository: createRepository(lateStorage(), { writerId: 'panel-b' }), start: CREATED_AT + 500 });
    const unwatch = [await a.actions.init(), await b.actions.init()];
    await a.actions.start(form);
    await settle();
    await b.actions.open(ID);

    for (const word of ['one', 'one two', 'one two three']) {
      a.actions.setAnswer(NOTE, word);
      b.actions.setAnswer(keys.answer('growth', 'notes'), `${word} (B)`);
      await settle();
    }
    b.actions.chooseArena('arenas', 'leadership', true);
    await settle();

    // Deliver everything newest first, then whatever the deliveries cause, until quiet.
    for (let round = 0; round < 20 && held.length > 0; round += 1) {
      const batch = held.splice(0).reverse();
      for (const deliver of batch) deliver();
      await settle();
    }
    expect(held).toEqual([]);

    const final = await storedInterview();
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

  it.each<[string, string, string, string]>([
    ['its own echo is ignored', 'panel-a', 'typed here', 'typed here'],
    // Text under the cursor (issue 19, item 4): it waits until typing here pauses, then comes in.
    ["another panel's newer write is merged in once typing here pauses", 'panel-b', 'typed here', 'written elsewhere'],
  ])('a storage change carrying a newer stamp: %s', async (_name, writer, whileTyping, afterPause) => {
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
    expect(text(must(panel.state().interview), NOTE)).toBe(whileTyping);
    await new Promise((resolve) => setTimeout(resolve, TYPING_MS + 50));
    await settle();
    expect(text(must(panel.state().interview), NOTE)).toBe(afterPause);
    unwatch();
  });

  it.each<[string, boolean, string]>([
    ['this panel typed last: its whole text, not the two mixed', false, 'ABC'],
    ['the other panel typed last: its whole text', true, 'XYZ'],
  ])('two panels typing in one field at once: %s', async (_name, otherIsLast, expected) => {
    // Keystrokes alternate between the panels, one stamp apart.
    let now = CREATED_AT;
    const panel = makePanel({ writerId: 'panel-a', clock: () => now });
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    const other = async (v: string) => {
      now += 1;
      const current = must(panel.state().interview);
      const changed: Interview = { ...current, writer: 'panel-b', fields: { ...current.fields, [NOTE]: { v, t: now } } };
      await fakeBrowser.storage.local.set({ [interviewKey(ID)]: changed });
      await settle();
    };
    // A keystroke here builds on what the field shows, as the text box does.
    const type = async (letter: string) => {
      now += 1;
      panel.actions.setAnswer(NOTE, text(must(panel.state().interview), NOTE) + letter);
      await settle();
    };
    await type('A');
    await other('X');
    await type('B');
    await other('XY');
    await type('C');
    if (otherIsLast) await other('XYZ');
    await new Promise((resolve) => setTimeout(resolve, TYPING_MS + 50));
    await settle(20);
    expect(text(must(panel.state().interview), NOTE)).toBe(expected);
    await vi.waitFor(async () => expect(text(await storedInterview(), NOTE)).toBe(expected));
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
    expect(text(await storedInterview(), NOTE)).toBe('newest words');
    expect(text(await storedInterview(), keys.candidate)).toBe('Ada Lovelace');
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

    // Another window puts a readable copy back (an import): the interview opens again and takes typing.
    const repaired = setField(newInterview(), NOTE, 'restored by an import', CREATED_AT + 5000);
    await createRepository(browserStorage()).putInterviews([{ ...repaired, writer: 'panel-b' }]);
    await settle();
    expect(panel.state().openProblem).toBeNull();
    expect(text(must(panel.state().interview), NOTE)).toBe('restored by an import');
    panel.actions.setAnswer(NOTE, 'typed after the repair');
    await settle();
    expect(text(await storedInterview(), NOTE)).toBe('typed after the repair');
    unwatch();
  });

  it('an info message leaves the status line after a while; an error stays', async () => {
    const panel = makePanel({ infoMs: 30 });
    await panel.actions.start(form);
    panel.actions.hint('Timer running.');
    expect(panel.state().status?.text).toBe('Timer running.');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(panel.state().status).toBeNull();
    // A newer message is not cleared by an older one's timer.
    panel.actions.hint('First.');
    await new Promise((resolve) => setTimeout(resolve, 20));
    panel.actions.hint('Second.');
    await new Promise((resolve) => setTimeout(resolve, 15));
    expect(panel.state().status?.text).toBe('Second.');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk on fire'));
    panel.actions.setAnswer(NOTE, 'refused');
    await settle();
    expect(panel.state().status?.tone).toBe('error');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(panel.state().status?.tone).toBe('error');
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
    expect(text(await storedInterview(), NOTE)).toBe('precious words!');
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
    expect(panel.state().status).toMatchObject({ tone: 'info', text: 'Copied for Greenhouse' });
  });

  it('copySummary names the fallback route when the Clipboard API was refused', async () => {
    const panel = makePanel({ copy: async () => 'copy-command' });
    await panel.actions.start(form);
    await panel.actions.copySummary();
    expect(panel.state().status?.text).toMatch(/^Copied for Greenhouse \(/);
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

  it('copySummary copies nothing without an open interview, and says why (the shortcut works on every screen)', async () => {
    const panel = makePanel();
    await panel.actions.copySummary();
    expect(panel.copy).not.toHaveBeenCalled();
    expect(panel.state().status?.text).toBe('Open an interview to copy its summary.');
  });

  it('chooseArena past four leaves the choice alone and says why', async () => {
    const panel = makePanel();
    await panel.actions.start(form);
    for (const id of ['technical', 'teamwork', 'leadership']) panel.actions.chooseArena('arenas', id, true);
    expect(panel.actions.addArena('arenas', 'Public speaking')).toBe(true);
    const before = panel.state().interview;
    const seq = panel.state().status?.seq ?? 0;

    panel.actions.chooseArena('arenas', 'personal', true);
    expect(panel.state().interview).toBe(before);
    expect(panel.state().status?.tone).toBe('info');
    expect(panel.state().status?.text).toMatch(/four arenas at most/i);
    expect(panel.state().status?.seq).toBeGreaterThan(seq);
  });

  it('goTo clears an info message about the step being left', async () => {
    const panel = makePanel();
    await panel.actions.start(form);
    panel.actions.addArena('arenas', 'Public speaking');
    expect(panel.state().status?.tone).toBe('info');
    panel.actions.goTo('reality');
    expect(panel.state().status).toBeNull();
    expect(text(must(panel.state().interview), keys.step)).toBe('reality');
  });
});

describe('interviews store: library, delete with undo, storage full, export', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  const rawRecord = async (id = ID) => (await fakeBrowser.storage.local.get(interviewKey(id)))[interviewKey(id)];
  const rawIndex = async () => (await storedIndex()) as { schema: number; entries: Record<string, unknown> };

  /** A panel with one saved interview, shown on the list or still open. */
  async function withInterview(open: boolean, overrides: Partial<StoreDeps> = {}) {
    const panel = makePanel(overrides);
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    panel.actions.setAnswer(NOTE, 'Wants to lead the platform team');
    await settle();
    if (!open) panel.actions.showList();
    await settle();
    return { panel, unwatch };
  }

  it.each([
    ['open', true],
    ['not open', false],
  ])('rename of an interview that is %s updates the record, the index and the list', async (_name, open) => {
    const { panel, unwatch } = await withInterview(open);
    expect(await panel.actions.rename(ID, '  Grace Hopper ', ' CTO ')).toBe(true);
    await settle();
    const saved = await storedInterview();
    expect([text(saved, keys.candidate), text(saved, keys.role)]).toEqual(['Grace Hopper', 'CTO']);
    expect(text(saved, NOTE)).toBe('Wants to lead the platform team');
    expect((await rawIndex()).entries[ID]).toMatchObject({ candidate: 'Grace Hopper', role: 'CTO' });
    expect(panel.state().entries.map((e) => [e.candidate, e.role])).toEqual([['Grace Hopper', 'CTO']]);
    expect(panel.state().status?.text).toBe('Renamed to Grace Hopper.');
    if (open) expect(text(must(panel.state().interview), keys.candidate)).toBe('Grace Hopper');
    unwatch();
  });

  it('rename refuses a blank name and changes nothing', async () => {
    const { panel, unwatch } = await withInterview(false);
    const before = JSON.stringify(await rawRecord());
    expect(await panel.actions.rename(ID, '   ', 'CTO')).toBe(false);
    await settle();
    expect(JSON.stringify(await rawRecord())).toBe(before);
    unwatch();
  });

  it('rename of an unreadable record says so and leaves it as it is', async () => {
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: 'garbage' });
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    expect(await panel.actions.rename(ID, 'Grace', 'CTO')).toBe(false);
    expect(panel.state().status?.tone).toBe('error');
    expect(await rawRecord()).toBe('garbage');
    unwatch();
  });

  it.each(['done', 'archived', 'active'] as const)(
    'setStatus(%s) stores the status and updates the list entry',
    async (status) => {
      const { panel, unwatch } = await withInterview(false);
      await panel.actions.setStatus(ID, 'done');
      await panel.actions.setStatus(ID, status);
      await settle();
      expect(text(await storedInterview(), keys.status)).toBe(status);
      expect((await rawIndex()).entries[ID]).toMatchObject({ status });
      expect(panel.state().entries.map((e) => e.status)).toEqual([status]);
      expect(panel.state().status?.tone).toBe('info');
      unwatch();
    },
  );

  it('remove deletes the record and its entry; undoRemove writes the same record and entry back', async () => {
    const { panel, unwatch } = await withInterview(false);
    const before = JSON.stringify(await rawRecord());
    const entryBefore = (await rawIndex()).entries[ID];

    await panel.actions.remove(ID);
    await settle();
    expect(await rawRecord()).toBeUndefined();
    expect((await rawIndex()).entries).toEqual({});
    expect(panel.state().entries).toEqual([]);
    expect(panel.state().undo?.label).toBe('Ada Lovelace');
    expect(panel.state().status?.text).toBe('Deleted the interview with Ada Lovelace.');

    await panel.actions.undoRemove();
    await settle();
    expect(JSON.stringify(await rawRecord())).toBe(before);
    expect((await storedInterview()).fields).toEqual(JSON.parse(before).fields);
    expect((await rawIndex()).entries[ID]).toEqual(entryBefore);
    expect(panel.state().entries.map((e) => e.id)).toEqual([ID]);
    expect(panel.state().undo).toBeNull();
    expect(panel.state().status?.text).toBe('Restored the interview with Ada Lovelace.');
    unwatch();
  });

  it('remove of the open interview saves the last keystroke first, closes it, and undo brings the keystroke back', async () => {
    const { panel, unwatch } = await withInterview(true);
    panel.actions.setAnswer(NOTE, 'typed just before deleting');
    await panel.actions.remove(ID);
    await settle();
    expect(panel.state()).toMatchObject({ screen: 'list', openId: null, interview: null });
    expect(await rawRecord()).toBeUndefined();
    await panel.actions.undoRemove();
    expect(text(await storedInterview(), NOTE)).toBe('typed just before deleting');
    unwatch();
  });

  it('remove of an unreadable record deletes nothing and says why', async () => {
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: { schema: 1 } });
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.remove(ID);
    expect(await rawRecord()).toEqual({ schema: 1 });
    expect(panel.state().undo).toBeNull();
    expect(panel.state().status?.tone).toBe('error');
    unwatch();
  });

  it('the undo offer expires after undoMs; undo after that does nothing', async () => {
    const { panel, unwatch } = await withInterview(false, { undoMs: 5000 });
    vi.useFakeTimers();
    try {
      await panel.actions.remove(ID);
      vi.advanceTimersByTime(4999);
      expect(panel.state().undo).not.toBeNull();
      vi.advanceTimersByTime(1);
      expect(panel.state().undo).toBeNull();
      await panel.actions.undoRemove();
      expect(await rawRecord()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    unwatch();
  });

  it('setQuery finds an interview by a word that appears only in an answer', async () => {
    const { panel, unwatch } = await withInterview(false);
    const other = makePanel({ newId: () => 'interview-2', writerId: 'panel-b' });
    await other.actions.start({ candidate: 'Zoë Park', role: 'Designer', atsLink: '' });
    other.actions.setAnswer(NOTE, 'Interested in accessibility audits');
    await settle();

    panel.actions.setQuery('PLATFORM');
    await settle();
    expect([...must(panel.state().textMatches).keys()]).toEqual([ID]);
    panel.actions.setQuery('accessibility');
    await settle();
    expect([...must(panel.state().textMatches).keys()]).toEqual(['interview-2']);
    // The words that matched, to show under the row (issue 21).
    expect(must(panel.state().textMatches).get('interview-2')).toEqual({
      text: 'Interested in accessibility audits',
      from: 14,
      to: 27,
    });
    panel.actions.setQuery('nowhere-to-be-found');
    await settle();
    expect(must(panel.state().textMatches).size).toBe(0);
    panel.actions.setQuery('  ');
    await settle();
    expect(panel.state().textMatches).toBeNull();
    unwatch();
  });

  it('storage full: the text stays, the panel says so, the stored record keeps its content; retrySave saves it later', async () => {
    const { panel, unwatch } = await withInterview(true);
    const before = JSON.stringify(await rawRecord());
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

    panel.actions.setAnswer(NOTE, 'Wants to lead the platform team, and mentor two juniors');
    await settle();
    expect(panel.state()).toMatchObject({ save: 'failed', storageFull: true });
    expect(panel.state().status?.tone).toBe('error');
    expect(panel.state().status?.text).toMatch(/storage is full/i);
    expect(text(must(panel.state().interview), NOTE)).toBe('Wants to lead the platform team, and mentor two juniors');
    expect(JSON.stringify(await rawRecord())).toBe(before);

    panel.actions.retrySave();
    await settle();
    expect(panel.state().storageFull).toBe(true);
    expect(JSON.stringify(await rawRecord())).toBe(before);

    set.mockRestore();
    panel.actions.retrySave();
    await settle();
    expect(panel.state()).toMatchObject({ save: 'saved', storageFull: false });
    expect(text(await storedInterview(), NOTE)).toBe('Wants to lead the platform team, and mentor two juniors');
    unwatch();
  });

  it('exportInterviews of the open interview includes text that could not be saved', async () => {
    const { panel, unwatch } = await withInterview(true);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    panel.actions.setAnswer(NOTE, 'unsaved words');
    await settle();
    expect(text(await storedInterview(), NOTE)).toBe('Wants to lead the platform team');

    for (const download of [must(await panel.actions.exportInterviews(ID)), must(await panel.actions.exportInterviews())]) {
      expect(download.filename).toMatch(/^reverse-interview-.+\.json$/);
      const file = JSON.parse(download.json) as { interviews: Interview[] };
      expect(file.interviews).toHaveLength(1);
      const exported = InterviewSchema.parse(file.interviews[0]);
      expect(text(exported, NOTE)).toBe('unsaved words');
      expect(exported.writer).toBeUndefined();
    }
    expect(must(await panel.actions.exportInterviews(ID)).filename).toMatch(/^reverse-interview-ada-lovelace-/);
    unwatch();
  });

  it("'erased' from the options page empties the list and closes the open interview", async () => {
    const { panel, unwatch } = await withInterview(true);
    await createRepository(browserStorage()).eraseAll();
    await settle();
    expect(panel.state()).toMatchObject({ entries: [], screen: 'list', openId: null, interview: null, undo: null });
    expect(panel.state().status?.text).toMatch(/erased/);
    unwatch();
  });

  it('a save already on its way when "Erase all data" runs does not bring the interview back', async () => {
    const { panel, unwatch } = await withInterview(true);
    // The next save is slow to reach storage: the erase lands first.
    const local = fakeBrowser.storage.local;
    const original = local.set.bind(local);
    const gate = deferred();
    vi.spyOn(local, 'set').mockImplementationOnce(async (items) => {
      await gate.promise;
      return original(items);
    });
    panel.actions.setAnswer(NOTE, 'typed as the erase ran');
    panel.actions.flush();
    await settle();
    await createRepository(browserStorage()).eraseAll();
    await settle();
    gate.resolve();
    await settle(10);
    expect(await stored(interviewKey(ID))).toBeUndefined();
    expect(panel.state().entries).toEqual([]);
    unwatch();
  });

  it('init re-indexes an interview written but missing from the index', async () => {
    const { unwatch: stopWriter } = await withInterview(false);
    stopWriter();
    await fakeBrowser.storage.local.set({ index: { schema: 2, entries: {} } });
    const panel = makePanel({ writerId: 'panel-b' });
    const unwatch = await panel.actions.init();
    expect(panel.state().entries).toEqual([]);
    await settle();
    expect(panel.state().entries.map((e) => e.id)).toEqual([ID]);
    expect(Object.keys((await rawIndex()).entries)).toEqual([ID]);
    unwatch();
  });

  it('the start-up repair waits for afterFirstScreen, then uses the list as it is by then', async () => {
    const { unwatch: stopWriter } = await withInterview(false);
    stopWriter();
    await fakeBrowser.storage.local.set({ index: { schema: 2, entries: {} } });
    await settle();
    const firstScreen = deferred();
    // Listing every key is what the repair does first (implementGetKeys made it a spy).
    const getKeys = vi.mocked(fakeBrowser.storage.local.getKeys);
    getKeys.mockClear();
    const panel = makePanel({ writerId: 'panel-b', afterFirstScreen: () => firstScreen.promise });
    const unwatch = await panel.actions.init();
    await settle();
    expect(panel.state().entries).toEqual([]);
    expect(getKeys).not.toHaveBeenCalled();
    firstScreen.resolve();
    await settle();
    expect(panel.state().entries.map((e) => e.id)).toEqual([ID]);
    expect(getKeys).toHaveBeenCalledTimes(1);
    unwatch();
  });
});
