/**
 * Issue 5 end to end: a catalogue set up in the options page drives step 5.
 * The candidate prefers a growth mode the catalogue lacks: the panel says so,
 * the interviewer accepts two suggestions and records the gap, and the copied
 * summary carries both offerings and the gap.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { CatalogueOptions, Suggestions } from './pages/catalogue';
import { Panel } from './pages/panel';

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

/** Empties the clipboard, copies the summary, and waits for the new text: never reads a previous copy. */
async function copyAfresh(p: Panel): Promise<string> {
  await p.page.evaluate(async () => navigator.clipboard.writeText('(empty)'));
  await p.copySummary().click();
  await expect.poll(() => p.page.evaluate(async () => navigator.clipboard.readText()), POLL).not.toBe('(empty)');
  return p.page.evaluate(async () => navigator.clipboard.readText());
}

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
  await p.grid('Technical growth', 'obstacles').fill('Nobody to pair with on hard problems');
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

  // Ranked suggestions with their reasons: why on one line, everything in the card's details.
  expect(await s.suggestion(LEARN, 'Kubernetes course').textContent()).toContain('Their words in its name: kubernetes');
  await p.need(LEARN).getByRole('button', { name: 'Details of Kubernetes course', exact: true }).click();
  expect(await s.reasons(LEARN, 'Kubernetes course').textContent()).toContain('Their words in its name: kubernetes');
  await s.accept(LEARN, 'Kubernetes course').click();
  expect(await s.accept(LEARN, 'Kubernetes course').getAttribute('aria-pressed')).toBe('true');
  // The second suggestion is a press away; rejected, it stays in view and out of the summary.
  await p
    .need(LEARN)
    .getByRole('button', { name: /^Show 1 more/ })
    .click();
  await s.reject(LEARN, 'Pairing rotation').click();
  // An obstacle takes only what speaks to it: pairing, for "nobody to pair with".
  await s.accept(OBSTACLES, 'Pairing rotation').click();
  await p.need(OBSTACLES).getByRole('button', { name: 'Add a note on Pairing rotation', exact: true }).click();
  const note = p.need(OBSTACLES).getByRole('textbox', { name: `Note on Pairing rotation for ${OBSTACLES}`, exact: true });
  await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
  await note.fill('Starts next month');
  await s.recordGap(MODE).check();

  await p.copySummary().click();
  await expect.poll(() => p.status().textContent(), POLL).toBe('Copied for Greenhouse');
  const text = await p.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) throw new Error('the clipboard is empty');
    return (await item.getType('text/plain')).text();
  });
  expect(text).toContain(`- ${LEARN}\n  - Resources: Kubernetes course\n`);
  expect(text).toContain(`- ${OBSTACLES}\n  - People: Pairing rotation (Starts next month)`);
  expect(text).toContain('  - Gap: No mentoring on offer; none was promised');
  // Rejected: not in the summary as an offer for that need.
  expect(text).not.toContain(`- ${LEARN}\n  - Resources: Kubernetes course\n  - People: Pairing rotation`);

  // Renaming the offering later does not rewrite what was said in the interview.
  await options.page.bringToFront();
  await options.button('Kubernetes course', 'Edit').click();
  await options.section().getByRole('textbox', { name: 'Name', exact: true }).fill('Cloud course');
  await options.section().getByRole('button', { name: 'Save offering', exact: true }).click();
  await options.offering('Cloud course').waitFor();
  await p.page.bringToFront();
  // The panel has the new name (the card not accepted shows it), so the copy below is made after the rename.
  await s.suggestion(MODE, 'Cloud course').waitFor();
  const again = await copyAfresh(p);
  expect(again).toContain('  - Resources: Kubernetes course');

  // Deleting an accepted offering keeps it in view (from the copy in the interview) and in the summary.
  await options.page.bringToFront();
  await options.button('Pairing rotation', 'Delete').click();
  await options.undoDelete().waitFor();
  await p.page.bringToFront();
  await expect.poll(() => s.suggestion(OBSTACLES, 'Pairing rotation').textContent(), POLL).toContain('No longer offered');
  await s
    .suggestion(OBSTACLES, 'Pairing rotation')
    .getByRole('button', { name: 'Withdraw Pairing rotation', exact: true })
    .waitFor();
  expect(await copyAfresh(p)).toContain('  - People: Pairing rotation (Starts next month)');
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
