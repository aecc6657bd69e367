/**
 * Found in review (issue 7 session): after a quota refusal, another window's write arrives; the panel
 * writes the union back (applyRead), but then onIdle re-offers the older copy
 * held in `unsaved` (which lacks the other window's field) and writes it over
 * the union. Storage loses the other window's answer.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Interview, InterviewSchema, keys, setField, text } from '../../lib/interview';
import { defaultScript, findScript } from '../../lib/script';
import { browserStorage } from '../../lib/storage/area';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { createInterviewsStore } from '../../lib/store/interviews';
import { CREATED_AT, implementGetKeys, must, settle } from './support';

const ID = 'interview-1';
const NOTE = keys.answer('difference', 'note');
const OTHER = keys.grid('technical', 'good');
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

async function stored(): Promise<Interview> {
  return InterviewSchema.parse((await fakeBrowser.storage.local.get(interviewKey(ID)))[interviewKey(ID)]);
}

describe('union write after a quota refusal', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it("keeps another window's answer in storage when room comes back", async () => {
    let now = CREATED_AT;
    const panel = createInterviewsStore({
      repository: createRepository(browserStorage()),
      script: findScript,
      defaultScript,
      clock: () => ++now,
      newId: () => ID,
      writerId: 'panel-a',
      copy: async () => 'clipboard-api',
      retryMs: 60_000, // not the timer
    });
    const state = () => panel.store.getState();
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada', role: 'Eng', atsLink: '' });
    await settle();

    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'typed here while the disk was full');
    await settle();
    expect(state().save).toBe('failed');
    set.mockRestore();

    // Another window (since closed) frees room and saves an answer of its own on the same interview.
    const otherRepo = createRepository(browserStorage());
    const base = await stored();
    await otherRepo.writeInterview({ ...setField(base, OTHER, 'typed in the other window', ++now), writer: 'panel-b' });
    await settle(10);

    const s = await stored();
    unwatch();
    expect(text(must(state().interview), OTHER)).toBe('typed in the other window'); // the panel has it in memory
    expect({ note: text(s, NOTE), other: text(s, OTHER) }).toEqual({
      note: 'typed here while the disk was full',
      other: 'typed in the other window',
    });
  });
});
