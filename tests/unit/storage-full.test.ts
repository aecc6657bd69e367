/**
 * Storage full (issue #3): a refused write keeps the text in the panel, is
 * offered to storage again on its own, and survives leaving the interview.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Interview, InterviewSchema, keys, text } from '../../lib/interview';
import { defaultScript, findScript } from '../../lib/script';
import { browserStorage } from '../../lib/storage/area';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { createInterviewsStore } from '../../lib/store/interviews';
import { CREATED_AT, implementGetKeys, must, settle } from './support';

const ID = 'interview-1';
const NOTE = keys.answer('difference', 'note');
const QUOTA = 'Resource::kQuotaBytes quota exceeded';

function makePanel() {
  let now = CREATED_AT;
  return createInterviewsStore({
    repository: createRepository(browserStorage()),
    script: findScript,
    defaultScript,
    clock: () => ++now,
    newId: () => ID,
    writerId: 'panel-a',
    copy: async () => 'clipboard-api',
    retryMs: 50,
  });
}

async function stored(): Promise<Interview> {
  return InterviewSchema.parse((await fakeBrowser.storage.local.get(interviewKey(ID)))[interviewKey(ID)]);
}

const waitRetry = () => new Promise((resolve) => setTimeout(resolve, 80));

describe('storage full', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  async function started() {
    const panel = makePanel();
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada Lovelace', role: 'Engineer', atsLink: '' });
    panel.actions.setAnswer(NOTE, 'saved before the disk filled');
    await settle();
    return { panel, unwatch, state: () => panel.store.getState() };
  }

  it('retries on its own while storage is full, and saves once room comes back, with no keystroke', async () => {
    const { panel, unwatch, state } = await started();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'typed while the disk was full');
    await settle();
    expect(state()).toMatchObject({ save: 'failed', storageFull: true });
    const refused = set.mock.calls.length;

    await waitRetry();
    await settle();
    expect(set.mock.calls.length).toBeGreaterThan(refused); // offered again, still refused
    expect(state().save).toBe('failed');
    expect(text(await stored(), NOTE)).toBe('saved before the disk filled');

    set.mockRestore();
    await waitRetry();
    await settle();
    expect(state()).toMatchObject({ save: 'saved', storageFull: false });
    expect(text(await stored(), NOTE)).toBe('typed while the disk was full');

    // Saved: no more retries.
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set');
    await waitRetry();
    expect(spy).not.toHaveBeenCalled();
    unwatch();
  });

  it('says it once while every keystroke is refused for the same reason (a screen reader reads each new message)', async () => {
    const { panel, unwatch, state } = await started();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'typed while the disk was full');
    await settle();
    const first = must(state().status);
    expect(first.text).toMatch(/storage is full/);
    for (const more of [' and', ' more', ' words']) {
      panel.actions.setAnswer(NOTE, `typed while the disk was full${more}`);
      await settle();
    }
    expect(set.mock.calls.length).toBeGreaterThan(3);
    expect(state().status).toEqual(first);
    // Another message in between: the refusal is news again.
    panel.actions.hint('Timer running.');
    panel.actions.setAnswer(NOTE, 'typed while the disk was full, still');
    await settle();
    expect(state().status).toMatchObject({ tone: 'error', text: first.text });
    expect(must(state().status).seq).toBeGreaterThan(first.seq + 1);
    set.mockRestore();
    unwatch();
  });

  it('leaving the interview while storage is full keeps the text: it is exported and saved later', async () => {
    const { panel, unwatch, state } = await started();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'typed, then the user went back to the list');
    await settle();
    panel.actions.showList();
    await settle();
    expect(state()).toMatchObject({ screen: 'list', interview: null, save: 'failed' });

    const file = JSON.parse((await panel.actions.exportInterviews()).json) as { interviews: Interview[] };
    expect(text(must(file.interviews[0]), NOTE)).toBe('typed, then the user went back to the list');
    const one = JSON.parse((await panel.actions.exportInterviews(ID)).json) as { interviews: Interview[] };
    expect(text(must(one.interviews[0]), NOTE)).toBe('typed, then the user went back to the list');

    set.mockRestore();
    await waitRetry();
    await settle();
    expect(state().save).toBe('saved');
    expect(text(await stored(), NOTE)).toBe('typed, then the user went back to the list');
    unwatch();
  });

  it('a refusal that is not about quota is not retried on a timer', async () => {
    const { panel, unwatch, state } = await started();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error: disk on fire'));
    panel.actions.setAnswer(NOTE, 'not saved');
    await settle();
    expect(state()).toMatchObject({ save: 'failed', storageFull: false });
    const calls = set.mock.calls.length;
    await waitRetry();
    expect(set.mock.calls.length).toBe(calls);
    unwatch();
  });
});

describe('storage full, with two interviews', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('text refused in one interview is saved when room comes back, even if another interview is saved first', async () => {
    let n = 0;
    let now = CREATED_AT;
    const panel = createInterviewsStore({
      repository: createRepository(browserStorage()),
      script: findScript,
      defaultScript,
      clock: () => ++now,
      newId: () => `interview-${++n}`,
      writerId: 'panel-a',
      copy: async () => 'clipboard-api',
      retryMs: 60_000, // Not the timer: the other interview's successful write must bring it back.
    });
    const unwatch = await panel.actions.init();
    await panel.actions.start({ candidate: 'First', role: '', atsLink: '' });
    await settle();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA));
    panel.actions.setAnswer(NOTE, 'held for the first interview');
    await settle();
    panel.actions.showList();
    set.mockRestore();
    await panel.actions.start({ candidate: 'Second', role: '', atsLink: '' });
    panel.actions.setAnswer(NOTE, 'typed in the second');
    await settle(10);
    const first = InterviewSchema.parse(
      (await fakeBrowser.storage.local.get(interviewKey('interview-1')))[interviewKey('interview-1')],
    );
    expect(text(first, NOTE)).toBe('held for the first interview');
    expect(panel.store.getState().save).toBe('saved');
    unwatch();
  });
});
