/**
 * Found in review (issue 7 session): the index is read-modify-written with no merge. A delete (retention
 * in the worker, or another panel) racing an index update from a panel leaves
 * an entry for a record that no longer exists (storage has no atomic
 * read-modify-write). The panel's delete used to refuse a missing record, so
 * the row stayed for good; it now drops the entry.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setField } from '../../lib/interview';
import { entryOf } from '../../lib/interview/entry';
import { browserStorage } from '../../lib/platform/storage';
import type { Storage } from '../../lib/storage/port';
import { createRepository } from '../../lib/storage/repository';
import { CREATED_AT, deferred, implementGetKeys, newInterview, settle, storedIndex } from './support';
import { makePanel } from './support/panel';
import { keys } from './support/ri';

describe('index read-modify-write race', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('a row left without its record by a racing delete can be deleted', async () => {
    const setup = createRepository(browserStorage());
    const x = newInterview({ id: 'old-interview', candidate: 'Old' });
    const y = newInterview({ id: 'other-interview', candidate: 'Other' }, CREATED_AT + 10);
    await setup.putInterviews([x, y]);

    // The panel's repository: its read of the index is answered, then held until the delete is done.
    const base = browserStorage();
    const gate = deferred();
    let hold = true;
    const gated: Storage = {
      ...base,
      area: {
        ...base.area,
        get: async (k) => {
          const v = await base.area.get(k);
          if (hold && k === 'index') {
            hold = false;
            await gate.promise;
          }
          return v;
        },
      },
    };
    const panelRepo = createRepository(gated);
    const renaming = panelRepo.indexInterview(entryOf(setField(y, keys.candidate, 'Renamed', CREATED_AT + 20)));
    await settle();
    await createRepository(browserStorage()).removeInterview(x.id); // retention, or another window
    gate.resolve();
    await renaming;

    const before = (await storedIndex()) as { entries: Record<string, unknown> };
    const record = (await fakeBrowser.storage.local.get('interview:old-interview'))['interview:old-interview'];
    expect(record).toBeUndefined();

    // The user tries to delete the row that leads nowhere.
    const panel = makePanel({ start: CREATED_AT + 100, newId: () => 'unused-id' });
    const unwatch = await panel.actions.init();
    await settle();
    await panel.actions.remove(x.id);
    await settle();
    const index = (await storedIndex()) as { entries: Record<string, unknown> };
    const listed = panel.state().entries.map((e) => e.id);
    const status = panel.state().status?.text;
    unwatch();
    // The race did leave the entry (the precondition of this test)…
    expect(Object.keys(before.entries).sort()).toEqual(['old-interview', 'other-interview']);
    // …and deleting the row removes it, with a message that says what happened.
    expect({ indexed: Object.keys(index.entries).sort(), listed, status }).toEqual({
      indexed: ['other-interview'],
      listed: ['other-interview'],
      status: 'This interview was already deleted; it is removed from the list.',
    });
  });
});
