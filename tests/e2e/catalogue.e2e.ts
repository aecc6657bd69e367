/**
 * Issue 5 end to end: a catalogue set up in the options page drives step 5.
 * The candidate prefers a growth mode the catalogue lacks: the panel says so,
 * the interviewer accepts two suggestions and records the gap, and the copied
 * summary carries both offerings and the gap.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { CatalogueOptions, Suggestions } from './pages/catalogue';
import { isFocused, Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const LEARN = 'Technical growth — Wants to learn or improve';
const OBSTACLES = 'Technical growth — Biggest obstacles';
const MODE = 'Grows best through mentoring';
/** expect.poll gives up after 1 s by default; a shared 2-core machine under load needs longer. */
const POLL = { timeout: 15_000 };

async function openOptions(): Promise<CatalogueOptions> {
  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  const options = new CatalogueOptions(page);
  await options.section().waitFor();
  return options;
}

test('a catalogue without mentoring: the gap is stated, two suggestions accepted, all three in the copied summary', async () => {
  const options = await openOptions();
  await options.loadExample().waitFor(); // the empty state offers the example
  await options.add({
    name: 'Kubernetes course',
    kind: 'Resources',
    description: 'A paid online course on running Kubernetes in production.',
    modes: ['Course work'],
    arenas: ['Technical growth'],
    tags: 'kubernetes, cloud',
  });
  await options.add({
    name: 'Pairing rotation',
    kind: 'People',
    description: 'Two weeks pairing with a senior engineer on real work.',
    modes: ['Apprenticeship'],
    arenas: ['Technical growth'],
  });
  await options.add({
    name: 'Friday talks',
    kind: 'Opportunities',
    modes: ['Something else'],
    arenas: ['Personal development at work'],
  });
  expect(await options.names()).toEqual(['Kubernetes course', 'Pairing rotation', 'Friday talks']);

  const p = new Panel(await h.openPanel());
  await p.create('Katherine Johnson', 'Platform engineer');
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.goTo(3);
  await p.grid('Technical growth', 'learn').fill('Run Kubernetes clusters in production');
  await p.grid('Technical growth', 'obstacles').fill('Nobody to learn from on my current team');
  await p.goTo(4);
  await p.mode('Course work').check();
  await p.preferred('Mentoring').check();
  await p.goTo(5);

  const s = new Suggestions(p.page);
  // The honesty guard, in plain words, with what exists instead.
  await s.honesty(MODE).waitFor();
  expect(await s.honesty(MODE).textContent()).toContain('No mentoring on offer');
  expect(await s.honesty(MODE).textContent()).toContain('Nothing in your catalogue offers mentoring, the way they grow best.');
  await s.suggestion(MODE, 'Kubernetes course').waitFor();
  expect(await s.suggestion(MODE, 'Kubernetes course').textContent()).toContain('Serves course work, which also worked for them');

  // Ranked suggestions with their reasons.
  expect(await s.reasons(LEARN, 'Kubernetes course').textContent()).toContain('Shares words with their answer: kubernetes');
  await s.accept(LEARN, 'Kubernetes course').click();
  expect(await s.accept(LEARN, 'Kubernetes course').getAttribute('aria-pressed')).toBe('true');
  await s.accept(OBSTACLES, 'Pairing rotation').click();
  await s.reject(OBSTACLES, 'Kubernetes course').click();
  await p
    .need(OBSTACLES)
    .getByRole('textbox', { name: `Note on Pairing rotation for ${OBSTACLES}`, exact: true })
    .fill('Starts next month');
  await s.recordGap(MODE).check();

  await p.copySummary().click();
  await expect.poll(() => p.status().textContent(), POLL).toBe('Copied');
  const text = await p.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) throw new Error('the clipboard is empty');
    return (await item.getType('text/plain')).text();
  });
  expect(text).toContain(`- ${LEARN}: Run Kubernetes clusters in production\n  - Resources: Kubernetes course`);
  expect(text).toContain(
    `- ${OBSTACLES}: Nobody to learn from on my current team\n  - People: Pairing rotation (Starts next month)`,
  );
  expect(text).toContain('  - Gap: No mentoring on offer; none was promised');
  // Rejected: not in the summary as an offer for that need.
  expect(text).not.toContain('Nobody to learn from on my current team\n  - Resources: Kubernetes course');

  // Renaming the offering later does not rewrite what was said in the interview.
  await options.page.bringToFront();
  await options.button('Kubernetes course', 'Edit').click();
  await options.section().getByRole('textbox', { name: 'Name', exact: true }).fill('Cloud course');
  await options.section().getByRole('button', { name: 'Save offering', exact: true }).click();
  await options.offering('Cloud course').waitFor();
  await p.page.bringToFront();
  await p.copySummary().click();
  const again = await p.page.evaluate(async () => await navigator.clipboard.readText());
  expect(again).toContain('  - Resources: Kubernetes course');
  expect(h.errors).toEqual([]);
});

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

  const stored = (await h.storage.read()).catalogue as { offerings: { name: string }[] };
  expect(stored.offerings.map((o) => o.name)).toEqual(names);
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

test('with no catalogue, step 5 says why there are no suggestions and opens the options page', async () => {
  const p = new Panel(await h.openPanel());
  await p.create('Dorothy Vaughan', 'Engineering manager');
  await p.goTo(4);
  await p.preferred('Apprenticeship').check();
  await p.goTo(5);
  const s = new Suggestions(p.page);
  await s.honesty('Grows best through apprenticeship').waitFor();
  expect(await s.honesty('Grows best through apprenticeship').textContent()).toContain('Your catalogue is empty');
  const opened = h.context.waitForEvent('page');
  await p.page.getByRole('button', { name: 'Open the catalogue', exact: true }).click();
  const options = new CatalogueOptions(await opened);
  await options.loadExample().waitFor();
  expect(options.page.url()).toBe(h.url('options.html'));
  expect(h.errors).toEqual([]);
});
