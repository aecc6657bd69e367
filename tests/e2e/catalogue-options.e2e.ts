/**
 * The options page's catalogue on its own: keyboard reordering and undo,
 * bad input that must lose nothing, and Chrome accepting the managed schema.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { CatalogueOptions, Suggestions } from './pages/catalogue';
import { isFocused, Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

/** expect.poll gives up after 1 s by default; a shared 2-core machine under load needs longer. */
const POLL = { timeout: 15_000 };

async function openOptions(): Promise<CatalogueOptions> {
  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  const options = new CatalogueOptions(page);
  await options.section().waitFor();
  return options;
}

test('the catalogue is kept in order from the keyboard, and a delete can be undone', async () => {
  const options = await openOptions();
  await options.loadExample().click();
  await options.offering('Yearly learning budget').waitFor();
  const names = await options.names();
  expect(names.length).toBeGreaterThanOrEqual(3);
  const second = names[1] ?? '';

  await options.button(second, 'Move up').focus();
  await options.page.keyboard.press('Enter');
  await expect.poll(() => options.names(), POLL).toEqual([second, names[0], ...names.slice(2)]);
  // Focus stays on the control that moved it, which now says it cannot go further.
  expect(await isFocused(options.button(second, 'Move up'))).toBe(true);
  expect(await options.button(second, 'Move up').getAttribute('aria-disabled')).toBe('true');
  await options.page.keyboard.press('Tab');
  expect(await isFocused(options.button(second, 'Move down'))).toBe(true);
  await options.page.keyboard.press('Enter');
  await expect.poll(() => options.names(), POLL).toEqual(names);

  await options.button(second, 'Delete').focus();
  await options.page.keyboard.press('Enter');
  await expect.poll(() => options.names(), POLL).toEqual(names.filter((n) => n !== second));
  // Focus moves to "Undo delete" rather than falling back to the page.
  await expect.poll(() => isFocused(options.undoDelete()), POLL).toBe(true);
  await options.page.keyboard.press('Enter');
  await expect.poll(() => options.names(), POLL).toEqual(names);

  // The list shows a change before its write lands: wait for storage to say the same.
  const stored = async () =>
    ((await h.storage.read()).catalogue as { offerings: { name: string }[] }).offerings.map((o) => o.name);
  await expect.poll(stored, POLL).toEqual(names);
  expect(h.errors).toEqual([]);
});

test('bad input loses nothing: an unreadable stored catalogue is reported and kept, a malformed file is refused', async () => {
  const bad = { schema: 1, offerings: [{ id: 'x', name: 'Broken', kind: 'money' }] };
  await h.storage.write({ catalogue: bad });
  const options = await openOptions();
  await expect.poll(() => options.unreadable().textContent(), POLL).toContain('Your stored catalogue could not be read');
  expect(await options.addOffering().isDisabled()).toBe(true);
  // Listed under "Unreadable data" with the other records that could not be read.
  await options.page
    .getByRole('listitem')
    .filter({ hasText: /^catalogue, found / })
    .waitFor();
  expect((await h.storage.read()).catalogue).toEqual(bad);

  await h.storage.write({ catalogue: { schema: 1, offerings: [] } });
  await options.loadExample().waitFor();
  await options.importFile().setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'reverse-interview-catalogue',
        version: 1,
        offerings: [{ id: 'a', name: 'A', kind: 'people', link: 'javascript:alert(1)' }],
      }),
    ),
  });
  await expect
    .poll(() => options.section().textContent(), POLL)
    .toContain('Nothing was imported from broken.json: offerings.0.description');
  expect((await h.storage.read()).catalogue).toEqual({ schema: 1, offerings: [] });
});

test('Chrome accepts the managed storage schema: the organisation catalogue is readable (empty without a policy)', async () => {
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(h.url('')));
  if (!worker) throw new Error('no service worker');
  const result = await worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { managed: { get(k: string): Promise<unknown> } }; runtime: { getManifest(): unknown } };
      }
    ).chrome;
    return { managed: await c.storage.managed.get('catalogue'), manifest: c.runtime.getManifest() };
  });
  expect(result.managed).toEqual({});
  expect((result.manifest as { storage?: unknown }).storage).toEqual({ managed_schema: 'managed_schema.json' });
  const options = await openOptions();
  await options.loadExample().waitFor();
  expect(await options.fromOrganisation().count()).toBe(0);
  expect(h.errors).toEqual([]);
});

test('organisation entries (managed storage, stubbed: a real policy needs root) are marked, read-only, and suggested in step 5', async () => {
  // Chromium reads extension policy only from system-wide files; this stands in for storage.managed in every extension page.
  await h.context.addInitScript(() => {
    const api = (globalThis as unknown as { chrome?: { storage?: { managed?: { get: unknown } } } }).chrome;
    if (!api?.storage?.managed) return;
    const offering = {
      id: 'mentoring',
      name: 'Org mentoring programme',
      kind: 'people',
      description: 'A mentor from another team.',
      modes: ['mentoring'],
      arenas: ['leadership'],
      tags: [],
    };
    api.storage.managed.get = async () => ({ catalogue: [offering, { id: 'broken' }] });
  });
  const options = await openOptions();
  const org = options.fromOrganisation().getByRole('listitem', { name: 'Org mentoring programme', exact: true });
  await org.waitFor();
  expect(await org.textContent()).toContain('From your organisation');
  expect(await org.getByRole('button').count()).toBe(0);
  expect(await options.section().textContent()).toContain(
    'Some entries from your organisation could not be used and are left out: catalogue.1.name',
  );
  await options.loadExample().waitFor(); // the personal catalogue is still empty and editable beside it

  const p = new Panel(await h.openPanel());
  await p.create('Mae Jemison', 'Engineer');
  await p.goTo(4);
  await p.preferred('Mentoring').check();
  await p.goTo(5);
  const s = new Suggestions(p.page);
  const need = 'Grows best through mentoring';
  await s.accept(need, 'Org mentoring programme').click();
  expect(await s.suggestion(need, 'Org mentoring programme').textContent()).toContain('From your organisation');
  expect(await s.honesty(need).count()).toBe(0);
  // Stored under the org. id, with the offering's name and kind copied beside the decision.
  const decision = async () => {
    const record = Object.entries(await h.storage.read()).find(([key]) => key.startsWith('interview:'))?.[1] as
      | { fields: Record<string, { v: unknown }> }
      | undefined;
    const f = record?.fields ?? {};
    return [f['match:match:growth/mentoring:org.mentoring']?.v, f['offeringName:match:growth/mentoring:org.mentoring']?.v];
  };
  await expect.poll(decision, POLL).toEqual(['accepted', 'Org mentoring programme']);
  expect(h.errors).toEqual([]);
});
