/**
 * Found in review (issue 7 session): a copy held after a quota refusal is later written whole, over
 * whatever was stored meanwhile. Here the same panel renames the interview
 * from the list once there is room; the timer's retry then writes the held
 * copy (old name) over the renamed record. The index says "Grace", the record
 * says "Ada": the rename is lost and the two disagree.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Interview, InterviewSchema, keys, text } from '../../lib/interview';
import { defaultScript, findScript } from '../../lib/script';
import { browserStorage } from '../../lib/storage/area';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { createInterviewsStore } from '../../lib/store/interviews';
import { CREATED_AT, implementGetKeys, settle } from './support';

const ID = 'interview-1';
const NOTE = keys.answer('difference', 'note');
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

async function stored(): Promise<Interview> {
  return InterviewSchema.parse((await fakeBrowser.storage.local.get(interviewKey(ID)))[interviewKey(ID)]);
}

describe('held copy written over a later change', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('a rename made after room comes back survives the retry of the held text', async () => {
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
    });
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada', role: 'Eng', atsLink: '' });
    await settle();

    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'typed while the disk was full');
    await settle();
    panel.actions.showList();
    set.mockRestore(); // room comes back (the user deleted something elsewhere)

    expect(await panel.actions.rename(ID, 'Grace', 'Eng')).toBe(true);
    await new Promise((r) => setTimeout(r, 150)); // the retry timer fires
    await settle();

    const s = await stored();
    const listed = panel.store.getState().entries.find((e) => e.id === ID)?.candidate;
    unwatch();
    expect({ listed, candidate: text(s, keys.candidate), note: text(s, NOTE) }).toEqual({
      listed: 'Grace',
      candidate: 'Grace',
      note: 'typed while the disk was full',
    });
  });
});
