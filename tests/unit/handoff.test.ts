import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Interview, setField, text } from '../../lib/interview';
import { browserStorage } from '../../lib/platform/storage';
import { type HandoffMessage, keepHeld } from '../../lib/storage/handoff';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { createHeld, type HandoffPort } from '../../lib/store/interviews/held';
import { CREATED_AT, ID, implementGetKeys, newInterview, settle, stored, storedIndex, storedInterview } from './support';
import { makePanel } from './support/panel';

// The step-1 note's storage key, spelled out: it is what the Firefox and Chromium close tests type into.
const NOTE = 'answer:difference:note';
const form = { candidate: 'Ada Lovelace', role: 'Engineer', atsLink: '' };

/** A port pair in memory: what the panel posts, and a way to drop it as the browser would. */
function fakePorts() {
  const ports: { messages: HandoffMessage[]; drop(): void }[] = [];
  const connect = vi.fn((): HandoffPort => {
    const listeners: (() => void)[] = [];
    const port = {
      messages: [] as HandoffMessage[],
      drop: () => {
        for (const listener of listeners) listener();
      },
    };
    ports.push(port);
    return {
      post: (message) => void port.messages.push(structuredClone(message)),
      onDisconnect: (listener) => void listeners.push(listener),
    };
  });
  return { connect, ports, last: () => ports[ports.length - 1] };
}

/** The background's end on the same fake storage, fed every message a panel posted. */
function background(messages: HandoffMessage[]) {
  const keeper = keepHeld(createRepository(browserStorage(), { writerId: 'background' }));
  for (const message of messages) keeper.receive(message);
  return keeper;
}

const note = (interview: Interview | undefined) => (interview ? text(interview, NOTE) : undefined);

describe('the hand-off to the background (issue 22)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  describe('the panel', () => {
    it('tells the background every copy storage does not have yet, and when storage has it', async () => {
      const ports = fakePorts();
      const panel = makePanel({ handoff: ports.connect });
      const unwatch = await panel.actions.init();
      await panel.actions.start(form);
      await settle();
      panel.actions.setAnswer(NOTE, 'H');
      panel.actions.setAnswer(NOTE, 'Hi');
      const port = ports.last();
      const holds = port?.messages.filter((m) => m.kind === 'hold').map((m) => note(m.interview));
      // The start, then each keystroke as it happens: nothing waits for a frame or a write.
      expect(holds?.slice(-2)).toEqual(['H', 'Hi']);
      await settle();
      expect(port?.messages.at(-1)).toEqual({ kind: 'release', id: ID });
      expect(ports.connect).toHaveBeenCalledTimes(1);
      unwatch();
    });

    it('adds no storage write: the same writes with and without the hand-off', async () => {
      async function writesFor(handoff: boolean): Promise<number> {
        fakeBrowser.reset();
        implementGetKeys();
        const set = vi.spyOn(fakeBrowser.storage.local, 'set');
        const panel = makePanel(handoff ? { handoff: fakePorts().connect } : {});
        const unwatch = await panel.actions.init();
        await panel.actions.start(form);
        for (const typed of ['a', 'ab', 'abc']) {
          panel.actions.setAnswer(NOTE, typed);
          await settle();
        }
        unwatch();
        const writes = set.mock.calls.length;
        set.mockRestore();
        return writes;
      }
      expect(await writesFor(true)).toBe(await writesFor(false));
    });

    it('a port the background dropped is opened again at the next change, and gets every held copy', () => {
      const ports = fakePorts();
      const held = createHeld(ports.connect);
      const a = newInterview({ id: 'interview-a' });
      const b = newInterview({ id: 'interview-b' });
      held.set(a.id, a);
      ports.last()?.drop();
      expect(ports.connect).toHaveBeenCalledTimes(1);
      held.set(b.id, b);
      expect(ports.connect).toHaveBeenCalledTimes(2);
      expect(ports.last()?.messages).toEqual([
        { kind: 'hold', interview: a },
        { kind: 'hold', interview: b },
      ]);
    });

    it('a port that refuses a message (disconnected, not told yet) is replaced at once', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const ports = fakePorts();
      let refuse = false;
      const connect = vi.fn((): HandoffPort => {
        const port = ports.connect();
        return {
          post: (message) => {
            if (refuse) throw new Error('Attempting to use a disconnected port object');
            port.post(message);
          },
          onDisconnect: port.onDisconnect,
        };
      });
      const held = createHeld(connect);
      const a = newInterview();
      held.set(a.id, a);
      refuse = true;
      const next = setField(a, NOTE, 'x', CREATED_AT + 1);
      held.set(next.id, next);
      // The new port refuses too (the background is gone for good): no loop, the next change tries again.
      expect(connect).toHaveBeenCalledTimes(2);
      refuse = false;
      const last = setField(next, NOTE, 'xy', CREATED_AT + 2);
      held.set(last.id, last);
      expect(connect).toHaveBeenCalledTimes(3);
      expect(ports.last()?.messages).toEqual([{ kind: 'hold', interview: last }]);
      expect(error).toHaveBeenCalledOnce();
    });

    it('with nothing held, nothing opens a port', () => {
      const ports = fakePorts();
      const held = createHeld(ports.connect);
      const a = newInterview();
      held.set(a.id, a);
      ports.last()?.drop();
      held.delete(a.id);
      held.clear();
      expect(ports.connect).toHaveBeenCalledTimes(1);
    });

    it('without a background it still saves, and says so once', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const connect = vi.fn((): HandoffPort => {
        throw new Error('Extension context invalidated.');
      });
      const panel = makePanel({ handoff: connect });
      const unwatch = await panel.actions.init();
      await panel.actions.start(form);
      panel.actions.setAnswer(NOTE, 'still saved');
      await settle();
      expect(text(await storedInterview(), NOTE)).toBe('still saved');
      expect(error).toHaveBeenCalledTimes(1);
      unwatch();
    });

    it('a deleted interview and "Erase all data" are released: the background must not write them back', () => {
      const ports = fakePorts();
      const held = createHeld(ports.connect);
      const a = newInterview({ id: 'interview-a' });
      const b = newInterview({ id: 'interview-b' });
      held.set(a.id, a);
      held.set(b.id, b);
      held.delete(a.id);
      held.clear();
      expect(ports.last()?.messages.slice(2)).toEqual([{ kind: 'release', id: 'interview-a' }, { kind: 'release-all' }]);
    });
  });

  describe('the background', () => {
    it('saves what a panel held when it goes away, merged per field with what another panel saved since', async () => {
      const base = newInterview();
      await fakeBrowser.storage.local.set({ [interviewKey(ID)]: base });
      const mine = setField(base, NOTE, 'the last keystroke', CREATED_AT + 10);
      // Another panel saved a newer field meanwhile, and an older value of the note.
      const theirs = setField(
        setField(base, NOTE, 'older note', CREATED_AT + 5),
        'answer:difference:other',
        'theirs',
        CREATED_AT + 20,
      );
      await fakeBrowser.storage.local.set({ [interviewKey(ID)]: theirs });
      await background([{ kind: 'hold', interview: mine }]).disconnected();
      const saved = await storedInterview();
      expect(text(saved, NOTE)).toBe('the last keystroke');
      expect(text(saved, 'answer:difference:other')).toBe('theirs');
      expect(saved.writer).toBe('background');
    });

    it('writes nothing when storage already has everything the panel held (the panel’s own write landed)', async () => {
      const saved = setField(newInterview(), NOTE, 'landed', CREATED_AT + 10);
      await fakeBrowser.storage.local.set({ [interviewKey(ID)]: saved });
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      await background([{ kind: 'hold', interview: saved }]).disconnected();
      expect(set).not.toHaveBeenCalled();
    });

    it('writes a held interview missing from storage and lists it, as typing into it would', async () => {
      const fresh = setField(newInterview(), NOTE, 'first words', CREATED_AT + 1);
      await background([{ kind: 'hold', interview: fresh }]).disconnected();
      expect(text(await storedInterview(), NOTE)).toBe('first words');
      expect(await storedIndex()).toMatchObject({ entries: { [ID]: { id: ID, candidate: 'Ada Lovelace' } } });
    });

    it('leaves an unreadable record exactly as it is', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await fakeBrowser.storage.local.set({ [interviewKey(ID)]: { broken: true } });
      await background([{ kind: 'hold', interview: setField(newInterview(), NOTE, 'x', CREATED_AT + 1) }]).disconnected();
      expect(await stored(interviewKey(ID))).toEqual({ broken: true });
      expect(error).toHaveBeenCalledOnce();
    });

    it('writes nothing released, and nothing after "Erase all data"', async () => {
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      const a = newInterview({ id: 'interview-a' });
      const b = newInterview({ id: 'interview-b' });
      await background([
        { kind: 'hold', interview: a },
        { kind: 'release', id: a.id },
      ]).disconnected();
      await background([{ kind: 'hold', interview: a }, { kind: 'hold', interview: b }, { kind: 'release-all' }]).disconnected();
      expect(set).not.toHaveBeenCalled();
    });

    it('validates what it is handed before writing it', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      const keeper = keepHeld(createRepository(browserStorage()));
      keeper.receive({ kind: 'hold', interview: { id: ID, fields: { toString: 'not stamped' } } });
      keeper.receive({ kind: 'nonsense' });
      keeper.receive(null);
      await keeper.disconnected();
      expect(set).not.toHaveBeenCalled();
      expect(error).toHaveBeenCalledOnce();
    });
  });

  it('end to end: the panel closes while its own write is stuck, and the background saves the last keystroke', async () => {
    const ports = fakePorts();
    const panel = makePanel({ handoff: ports.connect });
    const unwatch = await panel.actions.init();
    await panel.actions.start(form);
    panel.actions.setAnswer(NOTE, 'saved by the panel');
    await settle();
    // From now on the panel's writes never land (Firefox drops them with the closing page).
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(() => new Promise(() => undefined));
    panel.actions.setAnswer(NOTE, 'saved by the panel, and the last keystroke');
    panel.actions.flush();
    unwatch();
    set.mockRestore();
    await background(ports.last()?.messages ?? []).disconnected();
    expect(text(await storedInterview(), NOTE)).toBe('saved by the panel, and the last keystroke');
  });
});
