/**
 * Found in review (7 Dec 2026): a change that writes a record and the index in two storage calls, where storage
 * takes one and refuses the other. Each must leave the list telling the truth about the records, and nothing typed
 * may be lost: a delete is all or nothing, a list entry storage refused is written with the record's next save (or
 * by doing the change again), and a copy written back over another window's is held until storage has it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { text } from '../../lib/interview';
import { interviewKey, registry } from '../../lib/storage/registry';
import { ID, implementGetKeys, must, settle, stored, storedInterview } from './support';
import { makePanel, savedOnList } from './support/panel';
import { keys } from './support/ri';

const NOTE = keys.answer('difference', 'note');
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

/** Storage refuses every write that includes the index (the record's own writes go through). */
function refuseIndexWrites() {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if (registry.index.key in items) throw new Error(QUOTA);
    await set(items);
  });
}

/** Storage refuses every write. */
function refuseAllWrites() {
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
}

async function storedEntry(id = ID): Promise<unknown> {
  const index = (await stored(registry.index.key)) as { entriesJson?: string } | undefined;
  return index?.entriesJson ? (JSON.parse(index.entriesJson) as Record<string, unknown>)[id] : undefined;
}

/** Waits out the writer's retry (`retryMs: 50`). */
async function afterRetry() {
  await new Promise((resolve) => setTimeout(resolve, 120));
  await settle(10);
}

describe('a change storage takes only half of', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  const listed = savedOnList;

  it('a delete whose index write is refused deletes nothing: the record, its row and its text stay', async () => {
    const { panel, unwatch, state } = await listed();
    const set = refuseIndexWrites();
    await panel.actions.remove(ID);
    await settle();
    set.mockRestore();
    expect(state().status).toMatchObject({ tone: 'error', text: 'Could not delete: browser storage is full.' });
    expect(state().undo).toBeNull();
    expect(state().entries.map((e) => e.id)).toEqual([ID]);
    expect(text(await storedInterview(), NOTE)).toBe('what she said');
    expect(await storedEntry()).toMatchObject({ candidate: 'Ada Lovelace' });
    unwatch();
  });

  it('a status change from the list whose index write is refused is listed when it is made again', async () => {
    const { panel, unwatch, state } = await listed();
    const set = refuseIndexWrites();
    await panel.actions.setStatus(ID, 'done');
    expect(state().status).toMatchObject({ tone: 'error', text: 'Could not change the status: browser storage is full.' });
    set.mockRestore();
    // The record took it; the list did not. Marking it again lists what the record says.
    await panel.actions.setStatus(ID, 'done');
    await settle();
    expect(state().status).toMatchObject({ tone: 'info', text: 'Marked as done.' });
    expect(await storedEntry()).toMatchObject({ status: 'done' });
    expect(state().entries).toMatchObject([{ id: ID, status: 'done' }]);
    unwatch();
  });

  it('a rename from the list whose index write is refused is listed when it is made again', async () => {
    const { panel, unwatch, state } = await listed();
    const set = refuseIndexWrites();
    expect(await panel.actions.rename(ID, 'Grace Hopper', 'Admiral')).toBe(false);
    set.mockRestore();
    expect(await panel.actions.rename(ID, 'Grace Hopper', 'Admiral')).toBe(true);
    await settle();
    expect(await storedEntry()).toMatchObject({ candidate: 'Grace Hopper', role: 'Admiral' });
    expect(state().entries).toMatchObject([{ id: ID, candidate: 'Grace Hopper' }]);
    unwatch();
  });

  it('the open interview marked done while the index write is refused is listed as done once storage takes it', async () => {
    const { panel, unwatch, state } = await listed();
    await panel.actions.open(ID);
    const set = refuseIndexWrites();
    await panel.actions.setStatus(ID, 'done');
    await settle();
    expect(state().status?.tone).toBe('error');
    expect(state().status?.text).toMatch(/browser storage is full/);
    set.mockRestore();
    // No further click: the record's next save writes its entry too.
    await afterRetry();
    expect(await storedEntry()).toMatchObject({ status: 'done' });
    expect(state().entries).toMatchObject([{ id: ID, status: 'done' }]);
    expect(text(await storedInterview(), NOTE)).toBe('what she said');
    expect(state().save).toBe('saved');
    unwatch();
  });

  it('an interview started while storage is full is listed, with what was typed, once storage takes it', async () => {
    const panel = makePanel({ retryMs: 50 });
    const unwatch = await panel.actions.init();
    const set = refuseAllWrites();
    await panel.actions.start({ candidate: 'Ada Lovelace', role: 'Engineer', atsLink: '' });
    panel.actions.setAnswer(NOTE, 'typed while full');
    await settle();
    // Not "saved": nothing is, yet.
    expect(panel.state().status?.text).not.toMatch(/is saved/);
    set.mockRestore();
    await afterRetry();
    expect(text(await storedInterview(), NOTE)).toBe('typed while full');
    expect(await storedEntry()).toMatchObject({ candidate: 'Ada Lovelace', status: 'active' });
    expect(panel.state().entries.map((e) => e.candidate)).toEqual(['Ada Lovelace']);
    expect(panel.state().save).toBe('saved');
    unwatch();
  });

  it('the open interview marked done while the index cannot be read is saved, not retried as refused', async () => {
    const { panel, unwatch, state } = await listed();
    await panel.actions.open(ID);
    await fakeBrowser.storage.local.set({ index: { schema: 3, entriesJson: '{not json' } });
    await settle(10);
    await panel.actions.setStatus(ID, 'done');
    await afterRetry();
    expect(text(await storedInterview(), keys.status)).toBe('done');
    expect(state().save).toBe('saved');
    expect(state().status?.text ?? '').not.toMatch(/Not saved/);
    // The index is kept as it was, and the list, rebuilt from the records, says done.
    expect(await stored(registry.index.key)).toEqual({ schema: 3, entriesJson: '{not json' });
    unwatch();
  });

  it('a status changed from the list while its row is opening is in the copy that opens, and stays', async () => {
    // Chrome tells a page of its own writes a task later: the change's echo comes after the open has read.
    const add = fakeBrowser.storage.onChanged.addListener.bind(fakeBrowser.storage.onChanged);
    vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation((listener) =>
      add((...args) => void setTimeout(() => listener(...args), 0)),
    );
    const { panel, unwatch, state } = await listed();
    // "Mark done" from a row, and a click on the row before it is written (the list shell runs both in turn).
    const opening = panel.actions.open(ID);
    await panel.actions.setStatus(ID, 'done');
    await opening;
    await afterRetry();
    expect(text(must(state().interview), keys.status)).toBe('done');
    // The next save writes the record with the change, not over it.
    panel.actions.setAnswer(NOTE, 'what she said, and more');
    await afterRetry();
    expect(text(await storedInterview(), keys.status)).toBe('done');
    expect(text(await storedInterview(), NOTE)).toBe('what she said, and more');
    unwatch();
  });

  it("a copy written back over another window's, refused, is held and saved after the interview is left", async () => {
    const { panel, unwatch, state } = await listed();
    await panel.actions.open(ID);
    await settle();
    // Another window saves a whole record that lacks this panel's answer (it had not seen it yet).
    const theirs = await storedInterview();
    const write = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const set = refuseAllWrites();
    const { [NOTE]: _ours, ...withoutNote } = theirs.fields;
    await write({
      [interviewKey(ID)]: { ...theirs, writer: 'panel-b', fields: withoutNote },
    });
    await settle();
    // This panel writes the union back; storage refuses it. The user goes back to the list.
    panel.actions.showList();
    await settle();
    set.mockRestore();
    await afterRetry();
    expect(text(await storedInterview(), NOTE)).toBe('what she said');
    expect(state().save).toBe('saved');
    unwatch();
  });
});

describe('the list as other windows change the index', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('an index another window writes unreadable is not taken for an empty list: the list is rebuilt from the records', async () => {
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada Lovelace', role: 'Engineer', atsLink: '' });
    panel.actions.showList();
    await settle();
    await fakeBrowser.storage.local.set({ index: { schema: 3, entriesJson: '{not json' } });
    await settle(10);
    expect(panel.state().entries.map((e) => e.candidate)).toEqual(['Ada Lovelace']);
    expect(panel.state().problems.map((p) => p.key)).toEqual(['index']);
    // Kept as it was: never written over.
    expect(await stored(registry.index.key)).toEqual({ schema: 3, entriesJson: '{not json' });
    unwatch();
  });

  it('a record found unreadable stays reported when another window changes the index, until it reads again', async () => {
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada Lovelace', role: 'Engineer', atsLink: '' });
    panel.actions.showList();
    await settle();
    const good = await storedInterview();
    // A record nobody listed, unreadable: found by the start-up repair of a new panel.
    await fakeBrowser.storage.local.set({ [interviewKey('broken')]: { schema: 99 } });
    const other = makePanel({ writerId: 'panel-b' });
    const unwatchOther = await other.actions.init();
    await afterRetry();
    expect(other.state().problems.map((p) => p.key)).toEqual([interviewKey('broken')]);
    // Another window renames an interview: a new index, which says nothing of records.
    await panel.actions.rename(ID, 'Grace Hopper', 'Admiral');
    await settle(10);
    expect(other.state().entries.map((e) => e.candidate)).toEqual(['Grace Hopper']);
    expect(other.state().problems.map((p) => p.key)).toEqual([interviewKey('broken')]);
    // Repaired elsewhere (an import): readable again, no longer reported.
    await fakeBrowser.storage.local.set({ [interviewKey('broken')]: { ...good, id: 'broken' } });
    await settle(10);
    expect(other.state().problems).toEqual([]);
    unwatch();
    unwatchOther();
  });
});
