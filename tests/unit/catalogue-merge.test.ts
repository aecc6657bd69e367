import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeCatalogues, parseManaged } from '../../lib/catalogue/merge';
import { browserManaged } from '../../lib/platform/managed';
import { browserStorage } from '../../lib/platform/storage';
import { createRepository } from '../../lib/storage/repository';
import { createCatalogueStore } from '../../lib/store/catalogue';
import { createCatalogueEditor } from '../../lib/store/catalogue-editor';
import { settle } from './support';

const mentoring = {
  id: 'mentoring',
  name: 'Mentoring programme',
  kind: 'people',
  description: 'A mentor from another team.',
  modes: ['mentoring'],
  arenas: ['leadership'],
  tags: [],
};
const personal = { ...mentoring, name: 'My own mentoring circle' };

function makeStore() {
  const catalogue = createCatalogueStore({
    repository: createRepository(browserStorage()).catalogue,
    managed: browserManaged(),
  });
  return {
    ...catalogue,
    actions: { ...catalogue.actions, ...createCatalogueEditor(catalogue) },
    state: () => catalogue.store.getState(),
  };
}

describe('managed + personal catalogues', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges organisation entries first with org. ids, personal ones after; the same id never collides', () => {
    const merged = mergeCatalogues([mentoring as never], [personal as never]);
    expect(merged.map((o) => [o.id, o.source, o.name])).toEqual([
      ['org.mentoring', 'org', 'Mentoring programme'],
      ['mentoring', 'personal', 'My own mentoring circle'],
    ]);
  });

  it.each([
    { why: 'nothing set', raw: undefined, ids: [], problems: [] },
    { why: 'not a list', raw: { mentoring }, ids: [], problems: ['catalogue: expected a list of offerings'] },
    {
      why: 'one bad entry among good ones',
      raw: [mentoring, { ...mentoring, id: 'bad', kind: 'money' }, { ...mentoring, id: 'x', link: 'javascript:alert(1)' }],
      ids: ['mentoring'],
      problems: [
        'catalogue.1.kind: expected one of "people", "resources", "opportunities"',
        'catalogue.2.link: expected an http(s) link',
      ],
    },
    {
      why: 'a repeated id',
      raw: [mentoring, mentoring],
      ids: ['mentoring'],
      problems: ['catalogue.1.id: "mentoring" appears earlier in the list'],
    },
  ])('reads the policy value: $why', ({ raw, ids, problems }) => {
    const read = parseManaged(raw);
    expect(read.offerings.map((o) => o.id)).toEqual(ids);
    expect(read.problems).toEqual(problems);
  });

  it('the store shows the organisation catalogue from storage.managed beside the personal one, and follows policy changes', async () => {
    await fakeBrowser.storage.managed.set({ catalogue: [mentoring] });
    await fakeBrowser.storage.local.set({ catalogue: { schema: 1, offerings: [personal] } });
    const c = makeStore();
    await c.actions.init();
    expect(c.state().entries.map((e) => e.id)).toEqual(['org.mentoring', 'mentoring']);
    expect(c.state().managedNote).toBeNull();

    await fakeBrowser.storage.managed.set({ catalogue: [] });
    await settle();
    expect(c.state().entries.map((e) => e.id)).toEqual(['mentoring']);
  });

  it('organisation entries cannot be edited, moved or deleted, and are never written to local storage', async () => {
    await fakeBrowser.storage.managed.set({ catalogue: [mentoring] });
    const c = makeStore();
    await c.actions.init();
    await c.actions.update('org.mentoring', { ...mentoring, name: 'Changed' } as never);
    await c.actions.remove('org.mentoring');
    await c.actions.move('org.mentoring', 1);
    expect(c.state().entries.map((e) => e.name)).toEqual(['Mentoring programme']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a managed area that throws (Firefox without a managed manifest) means an empty organisation catalogue and a note', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await fakeBrowser.storage.local.set({ catalogue: { schema: 1, offerings: [personal] } });
    const c = makeStore();
    await c.actions.init();
    expect(c.state().entries.map((e) => e.id)).toEqual(['mentoring']);
    expect(c.state().managedNote).toBe('No organisation catalogue (Managed storage manifest not found).');
  });

  it('a policy with a broken entry still delivers the others and says what was left out', async () => {
    await fakeBrowser.storage.managed.set({ catalogue: [mentoring, { id: 'x' }] });
    const c = makeStore();
    await c.actions.init();
    expect(c.state().entries.map((e) => e.id)).toEqual(['org.mentoring']);
    expect(c.state().managedNote).toMatch(
      /^Some entries from your organisation could not be used and are left out: catalogue\.1\.name/,
    );
  });

  it('a browser without managed storage at all gives an empty organisation catalogue and says why', async () => {
    const storage = fakeBrowser.storage as unknown as Record<string, unknown>;
    const managed = storage.managed;
    delete storage.managed;
    try {
      expect(await browserManaged().read()).toEqual({ kind: 'unavailable', reason: 'this browser has no managed storage' });
    } finally {
      storage.managed = managed;
    }
  });
});
