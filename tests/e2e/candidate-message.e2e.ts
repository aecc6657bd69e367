/**
 * Issue 20, item 1, in real Chromium: an interview with accepted offerings, a
 * recorded gap, a quote, a follow-up and an `<img onerror>` probe in every
 * answer. "Copy for the candidate" on step 5 previews the message, and "Copy
 * message" puts exactly that on the clipboard as HTML and plain text: the
 * offerings with their sentence and link, the gap in plain words, the probe
 * as text, and nothing of the step-1 note, the marks, the obstacles (until
 * ticked in) or the interviewer's other notes. Greeting and sign-off from options.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { CandidateMessage, CandidateWording } from './pages/candidate';
import { CatalogueOptions, Suggestions } from './pages/catalogue';
import { Panel } from './pages/panel';
import { type Clip, clearClipboard, readClipboard, SummaryControls } from './pages/summary';

let h: Harness;
beforeEach(async () => {
  h = await launch();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const POLL = { timeout: 15_000 };
const LEARN = 'Technical growth — Wants to learn or improve';
const LEARN_Q = 'Technical growth: What would you like to learn or get better at in this area?';
const OBSTACLES_Q = 'Technical growth: What gets most in the way of growing in this area?';
const MODE = 'Grows best through mentoring';
/** Would run in a page that parsed it as HTML (and load from the network): it must stay text everywhere. */
const PROBE = '<img src=x onerror="document.title=\'pwned\'">';
const LINK = 'https://wiki.example/k8s-course?team=platform&seats=2';

async function copyMessage(m: CandidateMessage): Promise<Clip> {
  await clearClipboard(m.page);
  await m.copy().click();
  await expect.poll(() => m.page.evaluate(() => navigator.clipboard.readText()), POLL).not.toBe('(empty)');
  return readClipboard(m.page);
}

test('Copy for the candidate: offerings and the gap in both formats, every probe escaped, notes and marks left out', async () => {
  const options = await h.context.newPage();
  await options.goto(h.url('options.html'));
  const catalogue = new CatalogueOptions(options);
  await catalogue.section().waitFor();
  await catalogue.add({
    name: 'Kubernetes course',
    kind: 'Resources',
    description: 'A paid online course on running Kubernetes in production.',
    modes: ['Course work'],
    arenas: ['Technical growth'],
    tags: 'kubernetes',
    link: LINK,
  });
  await catalogue.add({
    name: 'Pairing rotation',
    kind: 'People',
    description: 'Two weeks pairing with a senior engineer on real work.',
    modes: ['Apprenticeship'],
    arenas: ['Technical growth'],
  });
  await options.getByRole('textbox', { name: /^Your name/ }).fill('Grace Hopper');
  await options.getByRole('button', { name: 'Save name', exact: true }).click();
  const wording = new CandidateWording(options);
  await wording.greeting().fill('Dear {name},\n\nThanks for today. What I heard, and what we can do:');
  await wording.save().click();
  await expect.poll(() => options.getByRole('status').textContent(), POLL).toBe('Saved.');

  const p = new Panel(await h.openPanel());
  const s = new SummaryControls(p.page);
  await p.create('Katherine Johnson', 'Platform engineer');
  await p.explained().check();
  await p.differenceNote().fill(`STEP-ONE-NOTE ${PROBE}`);
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.newArena().fill(`Public ${PROBE} speaking`);
  await p.addArena().click();
  await p.goTo(3);
  await p.grid('Technical growth', 'strengths').fill(`STRENGTHS ${PROBE}`);
  await p.grid('Technical growth', 'learn').fill(`Run Kubernetes clusters in production ${PROBE}`);
  await s.quote(LEARN_Q).click();
  await p.grid('Technical growth', 'obstacles').fill(`Nobody to pair with ${PROBE}`);
  await s.followUp(OBSTACLES_Q).click();
  await p.goTo(4);
  await p.mode('Course work').check();
  await p.preferred('Mentoring').check();
  await p.growthNotes().fill(`GROWTH-NOTES ${PROBE}`);
  await p.goTo(5);
  const sug = new Suggestions(p.page);
  await sug.accept(LEARN, 'Kubernetes course').click();
  await p.showOffers(LEARN);
  await p.offer(LEARN, 'People').fill(`Dorothy, head of guidance ${PROBE}`);
  await sug.recordGap(MODE).check();
  await p.reaction().fill(`REACTION ${PROBE}`);

  const m = new CandidateMessage(p.page);
  await m.open().click();
  await m.preview().waitFor();
  // The dialog starts at its title; its preview holds no element from what was typed.
  expect(await m.preview().locator('img, script').count()).toBe(0);
  const preview = await m.previewHtml();
  const clip = await copyMessage(m);
  await expect.poll(() => p.status().textContent(), POLL).toBe('Copied the message for the candidate');
  await m.dialog().waitFor({ state: 'hidden' });
  expect(await isFocused(m.open())).toBe(true);

  // What the preview showed is what was copied.
  expect(preview).toBe(clip.htmlBody);
  // Greeting and sign-off from options, names filled in.
  expect(clip.text.startsWith('Dear Katherine Johnson,\n\nThanks for today. What I heard, and what we can do:\n\n')).toBe(true);
  expect(clip.text.endsWith('Best regards,\nGrace Hopper\n')).toBe(true);
  // The arenas, their words, how they grow; the accepted offering with its sentence and link; the gap.
  for (const flavour of [clip.text, clip.html]) {
    expect(flavour).toContain('Where you want to grow');
    expect(flavour).toContain('Kubernetes course');
    expect(flavour).toContain('A paid online course on running Kubernetes in production.');
    expect(flavour).toContain('We don’t have this today.');
    expect(flavour).toContain('What suits you best');
  }
  expect(clip.text).toContain(`- Technical growth: Run Kubernetes clusters in production ${PROBE}\n`);
  expect(clip.text).toContain(`  - Kubernetes course: A paid online course on running Kubernetes in production.\n    ${LINK}\n`);
  expect(clip.text).toContain(`  - People: Dorothy, head of guidance ${PROBE}\n`);
  expect(clip.text).toContain(`- Mentoring (how you like to grow)\n  - We don’t have this today.\n`);
  expect(clip.htmlBody).toContain(`<a href="${LINK.replace(/&/g, '&amp;')}">Kubernetes course</a>`);
  // Every probe is text: escaped in the HTML, literal in the plain text, never an element.
  expect(clip.html).not.toMatch(/<img|<script/i);
  expect(clip.html.match(/&lt;img src=x onerror=/g)?.length).toBe(3); // their own arena, what they want to learn, the offer
  expect(clip.text.split(PROBE).length - 1).toBe(3);
  expect(await p.page.title()).not.toBe('pwned');
  // Never in it: the step-1 note, the quote's quotation marks, the follow-up, obstacles (not ticked), other notes.
  for (const flavour of [clip.text, clip.html]) {
    for (const absent of [
      'STEP-ONE-NOTE',
      'Follow up',
      'Nobody to pair with',
      'STRENGTHS',
      'GROWTH-NOTES',
      'REACTION',
      '“',
      '”',
    ]) {
      expect(flavour).not.toContain(absent);
    }
  }

  // Obstacles ticked in: they come, still without their follow-up flag.
  await m.open().click();
  await m.obstacles().check();
  const withObstacles = await copyMessage(m);
  expect(withObstacles.text).toContain(`What gets in the way\n- Technical growth: Nobody to pair with ${PROBE}\n`);
  expect(withObstacles.html).not.toMatch(/<img|Follow up/);
  // The tick is for that copy: the preview opens without it again. Escape closes it, back on the button.
  await m.open().click();
  expect(await m.obstacles().isChecked()).toBe(false);
  await p.page.keyboard.press('Escape');
  await m.dialog().waitFor({ state: 'hidden' });
  expect(await isFocused(m.open())).toBe(true);

  // Both copy routes refused: the message waits in the manual-copy dialog, over the preview.
  await p.page.evaluate(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    document.execCommand = () => false;
  });
  await m.open().click();
  await m.copy().click();
  const manual = p.page.getByRole('dialog', { name: 'Copy the message for the candidate by hand', exact: true });
  await manual.waitFor();
  expect(await manual.getByRole('textbox', { name: 'Text to copy', exact: true }).inputValue()).toBe(clip.text);
  expect(h.errors).toEqual([]);
});

function isFocused(locator: ReturnType<CandidateMessage['open']>): Promise<boolean> {
  return locator.evaluate((el) => el === el.ownerDocument.activeElement);
}
