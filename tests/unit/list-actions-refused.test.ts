/**
 * Found in review (issue 7 session): actions from the list (rename, mark done, delete, Undo, export)
 * were called with `void`, and when storage refused them the click silently did nothing. Each now
 * says why, and Undo refused keeps the deleted interview in the panel (held, retried, exported).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Interview, text } from '../../lib/interview';
import { interviewKey } from '../../lib/storage/registry';
import { ID, implementGetKeys, must, settle, stored, storedIndex, storedInterview } from './support';
import { savedOnList, twoPanels } from './support/panel';
import { keys } from './support/ri';

const NOTE = keys.answer('difference', 'note');
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

describe('list actions storage refuses', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  const listed = savedOnList;

  it('rename and mark done say that storage is full, and change nothing', async () => {
    const { panel, unwatch, state } = await listed();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    expect(await panel.actions.rename(ID, 'Grace Hopper', 'Admiral')).toBe(false);
    expect(state().status).toMatchObject({ tone: 'error', text: 'Could not rename: browser storage is full.' });
    await panel.actions.setStatus(ID, 'done');
    expect(state().status).toMatchObject({ tone: 'error', text: 'Could not change the status: browser storage is full.' });
    set.mockRestore();
    expect(state().entries).toMatchObject([{ candidate: 'Ada Lovelace', status: 'active' }]);
    expect(text(await storedInterview(), keys.candidate)).toBe('Ada Lovelace');
    unwatch();
  });

  it('delete with an unreadable index says why and keeps the interview', async () => {
    const { panel, unwatch, state } = await listed();
    await fakeBrowser.storage.local.set({ index: { schema: 3, entriesJson: '{not json' } });
    await settle();
    await panel.actions.remove(ID);
    expect(state().status?.tone).toBe('error');
    expect(state().status?.text).toMatch(/^Could not delete: index holds data that could not be read/);
    expect(state().undo).toBeNull();
    expect(text(await storedInterview(), NOTE)).toBe('what she said');
    unwatch();
  });

  it('export of an unreadable interview says so and gives no file', async () => {
    const { panel, unwatch, state } = await listed();
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: { schema: 99 } });
    await settle();
    expect(await panel.actions.exportInterviews(ID)).toBeNull();
    expect(state().status).toMatchObject({
      tone: 'error',
      text: expect.stringMatching(/^Could not export: this interview could not be read/),
    });
    unwatch();
  });

  it('Undo refused by a full storage keeps the interview: held, in the export, then saved and listed when room comes back', async () => {
    const { panel, unwatch, state } = await listed();
    await panel.actions.remove(ID);
    expect(await stored(interviewKey(ID))).toBeUndefined();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    await panel.actions.undoRemove();
    await settle();
    expect(state().undo).toBeNull();
    expect(state()).toMatchObject({ save: 'failed', storageFull: true });
    const file = JSON.parse(must(await panel.actions.exportInterviews()).json) as { interviews: Interview[] };
    expect(file.interviews.map((i) => text(i, NOTE))).toEqual(['what she said']);

    set.mockRestore();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await settle(10);
    expect(state().save).toBe('saved');
    expect(text(await storedInterview(), NOTE)).toBe('what she said');
    expect(await storedIndex()).toMatchObject({ entries: { [ID]: { candidate: 'Ada Lovelace' } } });
    expect(state().entries.map((e) => e.id)).toEqual([ID]);
    unwatch();
  });

  it('Undo after the record was written again unreadable keeps the deleted copy offered for export until dismissed', async () => {
    const { panel, unwatch, state } = await listed();
    await panel.actions.remove(ID);
    // Another version of the extension wrote it back meanwhile in a form this one cannot read.
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: { schema: 99 } });
    await settle();
    await panel.actions.undoRemove();
    await settle();
    expect(state().status?.tone).toBe('error');
    expect(state().undo).toMatchObject({ failed: true, label: 'Ada Lovelace' });
    expect(state().save).toBe('saved'); // nothing is retried against the unreadable record
    expect(await stored(interviewKey(ID))).toEqual({ schema: 99 });
    const file = JSON.parse(must(await panel.actions.exportInterviews(ID)).json) as { interviews: Interview[] };
    expect(file.interviews.map((i) => text(i, NOTE))).toEqual(['what she said']);
    // It is the one deleted copy kept: another delete waits until it is exported or dismissed.
    await panel.actions.remove(ID);
    expect(state().status?.text).toBe('First export or dismiss the interview that could not be restored.');
    panel.actions.dismissUndo();
    expect(state().undo).toBeNull();
    unwatch();
  });

  it("Undo refused once, while another panel kept typing into it: the retry keeps that panel's words", async () => {
    const { a, b, unwatch } = await twoPanels({ candidate: 'Ada Lovelace', retryMs: 50 });
    a.actions.setAnswer(NOTE, 'before');
    await settle();
    a.actions.showList();
    await a.actions.remove(ID);
    await settle();
    b.actions.setAnswer(NOTE, 'before, and typed in B after the delete');
    await settle(10);
    b.actions.showList();
    // A's Undo: its one write (record and index together) is refused; a later one goes through.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(QUOTA));
    await a.actions.undoRemove();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await settle(10);
    const storedNote = text(await storedInterview(), NOTE);
    const listed = a.state().entries.map((e) => e.candidate);
    unwatch();
    expect({ storedNote, listed, save: a.state().save }).toEqual({
      storedNote: 'before, and typed in B after the delete',
      listed: ['Ada Lovelace'],
      save: 'saved',
    });
  });

  it('a "Not saved" message gives way to "Saved" once storage takes the text', async () => {
    const { panel, unwatch, state } = await listed();
    await panel.actions.open(ID);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'typed while full');
    await settle();
    expect(state().status?.text).toMatch(/^Not saved: browser storage is full/);
    set.mockRestore();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await settle();
    expect(state().save).toBe('saved');
    expect(state().status).toMatchObject({ tone: 'info', text: 'Saved: everything you typed is in storage now.' });
    unwatch();
  });
});
