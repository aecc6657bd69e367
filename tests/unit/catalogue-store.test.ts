import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OfferingDraft } from '../../lib/catalogue/edits';
import { exampleCatalogue } from '../../lib/catalogue/example';
import { catalogueFile } from '../../lib/catalogue/transfer';
import { browserManaged } from '../../lib/platform/managed';
import { browserStorage } from '../../lib/platform/storage';
import { createRepository } from '../../lib/storage/repository';
import { createCatalogueStore } from '../../lib/store/catalogue';
import { createCatalogueEditor } from '../../lib/store/catalogue-editor';
import { implementGetKeys, settle } from './support';

const draft: OfferingDraft = {
  name: 'Mentoring circle',
  kind: 'people',
  description: 'Monthly circle with a senior mentor.',
  modes: ['mentoring'],
  arenas: ['leadership'],
  tags: ['mentor'],
};

function makeStore(repository = createRepository(browserStorage())) {
  const c = createCatalogueStore({ repository: repository.catalogue, managed: browserManaged() });
  return { ...c, actions: { ...c.actions, ...createCatalogueEditor(c) }, state: () => c.store.getState() };
}

async function storedOfferings(): Promise<string[]> {
  const raw = (await fakeBrowser.storage.local.get('catalogue')).catalogue as { offerings: { id: string }[] };
  return raw.offerings.map((o) => o.id);
}

describe('catalogue store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('add, edit, move, delete and undo go through to storage', async () => {
    const c = makeStore();
    await c.actions.init();
    expect(c.state().entries).toEqual([]);
    await c.actions.add(draft);
    await c.actions.add({ ...draft, name: 'Book budget', kind: 'resources' });
    expect(await storedOfferings()).toEqual(['mentoring-circle', 'book-budget']);
    await c.actions.move('book-budget', -1);
    expect(await storedOfferings()).toEqual(['book-budget', 'mentoring-circle']);
    await c.actions.update('book-budget', { ...draft, name: 'Books' });
    expect(c.state().entries[0]?.name).toBe('Books');
    await c.actions.remove('book-budget');
    expect(await storedOfferings()).toEqual(['mentoring-circle']);
    expect(c.state().removed?.offering.name).toBe('Books');
    await c.actions.undoRemove();
    expect(await storedOfferings()).toEqual(['book-budget', 'mentoring-circle']);
    expect(c.state().removed).toBeNull();
  });

  it('a draft with problems is refused field by field and nothing is written', async () => {
    const c = makeStore();
    await c.actions.init();
    const result = await c.actions.add({ ...draft, name: ' ', link: 'ftp://x' });
    expect(result).toEqual({ ok: false, errors: { name: 'a name is needed', link: 'expected an http(s) link' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a full storage refuses the write: the catalogue shown stays what is stored, and the user is told', async () => {
    const c = makeStore();
    await c.actions.init();
    await c.actions.add(draft);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await c.actions.add({ ...draft, name: 'Another' });
    expect(result.ok).toBe(false);
    expect(c.state().entries.map((e) => e.id)).toEqual(['mentoring-circle']);
    expect(c.state().message).toMatchObject({ tone: 'error', text: 'Not saved: browser storage is full. Nothing was changed.' });
  });

  it('an unreadable stored catalogue is reported to the quarantine log and never written over', async () => {
    const bad = { schema: 1, offerings: [{ id: 'x', kind: 'money' }] };
    await fakeBrowser.storage.local.set({ catalogue: bad });
    const repository = createRepository(browserStorage());
    const c = makeStore(repository);
    await c.actions.init();
    expect(c.state().problem?.key).toBe('catalogue');
    await c.actions.add(draft);
    await c.actions.loadExample();
    expect((await fakeBrowser.storage.local.get('catalogue')).catalogue).toEqual(bad);
    expect(c.state().message?.tone).toBe('error');
    await repository.settled();
    const quarantine = await repository.readQuarantine();
    expect(quarantine.items.map((i) => i.key)).toEqual(['catalogue']);
    expect(quarantine.raw.catalogue).toEqual(bad);
  });

  it('changes from another page arrive; a page ignores the echo of its own write', async () => {
    const a = makeStore();
    const b = makeStore();
    await a.actions.init();
    await b.actions.init();
    await a.actions.add(draft);
    await settle();
    expect(b.state().entries.map((e) => e.id)).toEqual(['mentoring-circle']);
    let applied = 0;
    a.store.subscribe((state, previous) => {
      if (state.personal !== previous.personal) applied += 1;
    });
    await a.actions.add({ ...draft, name: 'Second' });
    await settle();
    // Once, when the action applied it; the storage echo of that write is not applied again.
    expect(applied).toBe(1);
    expect(b.state().entries.map((e) => e.id)).toEqual(['mentoring-circle', 'second']);
  });

  it('loads the example into an empty catalogue, and imports after confirmation only', async () => {
    const c = makeStore();
    await c.actions.init();
    await c.actions.loadExample();
    expect(await storedOfferings()).toEqual(exampleCatalogue.offerings.map((o) => o.id));

    const file = catalogueFile(
      [
        { ...draft, id: 'learning-budget' },
        { ...draft, id: 'new-one' },
      ],
      0,
    );
    c.actions.chooseImport('team.json', file);
    expect(c.state().pendingImport).toMatchObject({ added: 1, replaced: 1 });
    expect(await storedOfferings()).not.toContain('new-one');
    await c.actions.confirmImport();
    expect(await storedOfferings()).toContain('new-one');
    expect(c.state().message?.text).toBe('Imported: 1 added, 1 replaced.');

    c.actions.chooseImport('broken.json', '{"format":"reverse-interview-catalogue","version":1,"offerings":[{"id":"Q"}]}');
    expect(c.state().pendingImport).toBeNull();
    expect(c.state().message?.text).toMatch(/^Nothing was imported from broken\.json: offerings\.0\.id/);
  });
});
