import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keys } from '../../lib/interview';
import { defaultScript, findScript } from '../../lib/script';
import { browserStorage } from '../../lib/storage/area';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { createInterviewsStore } from '../../lib/store/interviews';
import { CREATED_AT, implementGetKeys, settle } from './support';

const ID = 'interview-1';
const NOTE = keys.answer('difference', 'note');
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

describe('review2', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('deleting an interview whose text is held: the held copy is not written back after the delete', async () => {
    let now = CREATED_AT;
    const panel = createInterviewsStore({
      repository: createRepository(browserStorage()),
      script: findScript,
      defaultScript,
      clock: () => ++now,
      newId: () => ID,
      writerId: 'panel-a',
      copy: async () => 'clipboard-api',
      retryMs: 100,
      undoMs: 50,
    });
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada', role: 'Eng', atsLink: '' });
    await settle();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'typed while full');
    await settle();
    panel.actions.showList();
    set.mockRestore();
    await panel.actions.remove(ID); // user deletes it (to make room), does not undo
    await settle();
    expect((await fakeBrowser.storage.local.get(interviewKey(ID)))[interviewKey(ID)]).toBeUndefined();
    await new Promise((r) => setTimeout(r, 250)); // undo offer expired, retry timer fired
    await settle();
    const after = (await fakeBrowser.storage.local.get(interviewKey(ID)))[interviewKey(ID)];
    const listed = panel.store.getState().entries.map((e) => e.id);
    unwatch();
    expect({ recordBack: after !== undefined, listed }).toEqual({ recordBack: false, listed: [] });
  });
});
