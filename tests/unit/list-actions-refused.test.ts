/**
 * Found in review (issue 7 session): actions from the list (rename, mark done, delete, Undo, export)
 * were called with `void`, and when storage refused them the click silently did nothing. Each now
 * says why, and Undo refused keeps the deleted interview in the panel (held, retried, exported).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Interview, keys, text } from '../../lib/interview';
import { interviewKey } from '../../lib/storage/registry';
import { ID, implementGetKeys, must, settle, stored, storedIndex, storedInterview } from './support';
import { makePanel } from './support/panel';

const NOTE = keys.answer('difference', 'note');
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

describe('list actions storage refuses', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  /** One saved interview with an answer, back on the list. */
  async function listed() {
    const panel = makePanel({ retryMs: 50 });
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada Lovelace', role: 'Engineer', atsLink: '' });
    panel.actions.setAnswer(NOTE, 'what she said');
    await settle();
    panel.actions.showList();
    return { panel, unwatch, state: panel.state };
  }

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

  it('Undo after the record was written again unreadable keeps the deleted copy in the panel and in the export', async () => {
    const { panel, unwatch, state } = await listed();
    await panel.actions.remove(ID);
    // Another version of the extension wrote it back meanwhile in a form this one cannot read.
    await fakeBrowser.storage.local.set({ [interviewKey(ID)]: { schema: 99 } });
    await settle();
    await panel.actions.undoRemove();
    await settle();
    expect(state().status?.tone).toBe('error');
    expect(state().save).toBe('failed');
    expect(await stored(interviewKey(ID))).toEqual({ schema: 99 });
    const file = JSON.parse(must(await panel.actions.exportInterviews()).json) as { interviews: Interview[] };
    expect(file.interviews.map((i) => text(i, NOTE))).toEqual(['what she said']);
    unwatch();
  });
});
