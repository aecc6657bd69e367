/**
 * Zero network in every process (issue 19, item 2). Markup that would fetch
 * something if it were ever rendered as HTML (`<img src="https://probe.invalid/…">`,
 * an `onerror` fetch, a CSS `url()`, a Markdown image, an image on a local
 * server) is typed into every field: the interviewer's name, a catalogue with
 * links, a pasted interview kit, every text of a copy of the Reverse Interview
 * in the script editor, the candidate's name and role, every answer, note and
 * offer of every step of the Reverse Interview and of both scripts (whose own
 * texts, the arenas and modes included, carry the probe too); the summary
 * preview is opened in every format (`SummaryPreview`, which puts the summary's
 * HTML into the DOM; "Call ended" shows the same component) and the message
 * for the candidate with its obstacles ticked in (`CandidateMessage`, the other
 * one, with the offerings' links), the list is searched (its matches are shown), and the options
 * page is visited with the catalogue and its links, and with Insights counting it all (charts,
 * tables, the CSV). Then no request may leave
 * the extension: nothing but chrome-extension:, data: and blob:.
 *
 * Three witnesses, each of which the same run proves can see a request:
 * - **DevTools, per target** (`recordTargets`, tests/e2e/network.ts): our own
 *   connection auto-attaches to every target (the real side panel, the options
 *   page, the service worker, and any worker or frame they start), a new one
 *   paused at start until `Network.enable` is on. Only this says WHICH process
 *   asked, so the positive control is checked per process type.
 * - **Chromium's net-log** (`--log-net-log`), read after the browser closed:
 *   everything the network stack did, whoever asked, including what DevTools
 *   does not report as a request (a DNS lookup or preconnect for a link) and
 *   what a target did before it was attached: the service worker is already
 *   running when the test connects, and a fetch at its start-up is seen here
 *   only (tried: DevTools missed it, the net-log failed the test). Chromium
 *   itself talks to Google (accounts, update checks) in this log, so it is
 *   judged by the initiator (the extension's origin) and by the probes' hosts
 *   never appearing at all.
 * - **A local HTTP server** the probes and controls point at: a request that
 *   really left the browser arrives there.
 * Playwright's own `request` events were not used: they stop at the pages and
 * workers Playwright lists, and it does not list the real side panel.
 *
 * The positive control comes last, so it also proves every recorder was still
 * listening at the end: the service worker fetches the local server and an
 * unresolvable host; the side panel and the options page each render the
 * probe itself as HTML (with the control's host), which proves the probe is a
 * working detector and that each page's requests are seen.
 *
 * Not here: the organisation's catalogue and scripts (managed storage needs a
 * machine policy; they render through the same components as the personal
 * ones), and Firefox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { profiles } from '../../lib/summary';
import { type Harness, launch } from './harness';
import { readNetLog, recordTargets, startWitness, type TargetRecorder, type Witness } from './network';
import { CandidateMessage } from './pages/candidate';
import { CatalogueOptions } from './pages/catalogue';
import { Insights } from './pages/insights';
import { Panel } from './pages/panel';
import { SummaryControls } from './pages/summary';
import { openRealPanel } from './real-panel';

const POLL = { timeout: 15_000 };
/** What an extension page may load without leaving the browser. */
const LOCAL = /^(chrome-extension|data|blob):/;

let h: Harness | undefined;
let recorder: TargetRecorder | undefined;
let cdp: Browser | undefined;
let witness: Witness | undefined;
let logDir: string | undefined;
afterEach(async ({ task }) => {
  recorder?.close();
  await cdp?.close().catch(() => undefined);
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  await witness?.close();
  if (logDir) rmSync(logDir, { recursive: true, force: true });
  h = recorder = cdp = witness = logDir = undefined;
});

test('nothing typed, pasted, previewed or kept makes a request, in the side panel, the options page or the service worker', async () => {
  witness = await startWitness();
  const local = witness;
  logDir = mkdtempSync(path.join(tmpdir(), 'ri-net-log-'));
  const netLog = path.join(logDir, 'net-log.json');
  h = await launch({ args: ['--remote-debugging-port=0', `--log-net-log=${netLog}`] });
  const harness = h;
  const targets = await recordTargets(harness.userDataDir);
  recorder = targets;
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);

  /** Markup that makes requests if rendered as HTML; `where` names the field in any request it makes. */
  const markup = (kind: 'probe' | 'control', where: string) =>
    `${where} <img src="https://${kind}.invalid/${where}.png"><img src=x onerror="fetch('https://${kind}.invalid/${where}/onerror')">` +
    `<img src="${local.origin}/${kind}/${where}"><div style="background:url(https://${kind}.invalid/${where}/css)">.</div>` +
    ` ![x](https://${kind}.invalid/${where}/md.png)`;
  const probe = (where: string) => markup('probe', where);
  /** For the script editor's shorter fields (a script's name is at most 120 characters). */
  const shortProbe = (where: string) => `${where} <img src="https://probe.invalid/${where}.png">`;

  // The options page: the interviewer's name, a catalogue with links, a pasted kit.
  const setup = await harness.context.newPage();
  await setup.goto(harness.url('options.html'));
  await setup.getByRole('textbox', { name: /^Your name/ }).fill(probe('interviewer'));
  await setup.getByRole('button', { name: 'Save name', exact: true }).click();
  // These boxes show what is stored: they turn once the setting is saved.
  for (const box of [
    setup.getByRole('checkbox', { name: 'Say in the summary that nothing was recorded', exact: true }),
    setup.getByRole('checkbox', { name: /^List the suggestions I rejected/ }),
  ]) {
    await box.click();
    await expect.poll(() => box.isChecked(), POLL).toBe(true);
  }
  const catalogue = new CatalogueOptions(setup);
  await catalogue.add({
    name: 'Mentor circle <img src="https://probe.invalid/offering-name.png">',
    kind: 'People',
    description: probe('offering-1'),
    modes: ['Mentoring'],
    arenas: ['Technical growth'],
    tags: 'mentoring, <img src=http://probe.invalid>',
    link: 'https://probe.invalid/catalogue-link-1',
  });
  await catalogue.add({
    name: `Course budget <img src=x onerror="fetch('https://probe.invalid/o')">`,
    kind: 'Resources',
    description: probe('offering-2'),
    modes: ['Course work'],
    // Words of every answer: suggested for every need, with the candidate's words as the reasons.
    tags: 'probe, onerror',
    link: 'https://probe.invalid/catalogue-link-2?q=<img>',
  });
  const kit = [
    `Probe heading ${probe('kit-heading')}:`,
    `- Tell me about a time you grew ${probe('kit-q1')}?`,
    `- Describe the project you are proudest of ${probe('kit-q2')}`,
    `Guidance ${probe('kit-guidance')}`,
    '',
    'SECOND STEP',
    `1. How did it go ${probe('kit-q3')}?`,
  ].join('\n');
  await setup.getByRole('textbox', { name: 'Paste interview questions', exact: true }).fill(kit);
  await setup
    .getByRole('textbox', { name: 'Script name', exact: true })
    .fill('Probe kit <img src="https://probe.invalid/kit-name.png">');
  await setup.getByRole('button', { name: 'Save as script', exact: true }).click();
  const scriptsStatus = setup.getByRole('region', { name: 'Scripts', exact: true }).locator('[aria-live]');
  await expect.poll(() => scriptsStatus.textContent(), POLL).toMatch(/^Saved “Probe kit/);
  // A copy of the Reverse Interview made in the script editor, every text of it replaced: step
  // titles, what to say, guidance, arenas, growth modes, questions and their summary labels.
  await setup.getByRole('button', { name: 'Make a copy', exact: true }).click();
  const editor = setup.getByRole('region', { name: /^Editing “/ });
  const texts = editor.getByRole('textbox');
  await texts.first().waitFor();
  const count = await texts.count();
  expect(count).toBeGreaterThan(20);
  for (let i = 0; i < count; i++) await texts.nth(i).fill(shortProbe(`editor-${i + 1}`));
  await editor.getByRole('heading', { level: 4, name: 'No problems: ready to save' }).waitFor();
  await editor.getByRole('button', { name: 'Save script', exact: true }).click();
  await expect.poll(() => editor.locator('.options-status').textContent(), POLL).toMatch(/^Saved “editor-1 /);
  await setup.close();

  // The real side panel, opened from a second visit to the options page, which shows the catalogue and its links.
  const real = await openRealPanel(harness);
  cdp = real.cdp;
  const options = real.opener;
  await expect
    .poll(() => options.getByRole('link', { name: /^Open the page of Mentor circle/ }).getAttribute('href'), POLL)
    .toBe('https://probe.invalid/catalogue-link-1');
  const p = new Panel(real.panel);
  const s = new SummaryControls(real.panel);

  // The Reverse Interview, every step.
  await p.newInterview().click();
  await p.candidateName().fill(probe('candidate'));
  await p.role().fill(probe('role'));
  await p.atsLink().fill('https://probe.invalid/ats-link');
  await p.startInterview().click();
  await p.explained().check();
  expect(await fillEvery(p.page, probe, 'step1')).toBeGreaterThan(0);
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.newArena().fill(probe('arena'));
  await p.addArena().click();
  await expect.poll(() => p.arenaChoices().count()).toBe(5);
  expect(await fillEvery(p.page, probe, 'step2')).toBeGreaterThan(0);
  await p.goTo(3);
  expect(await fillEvery(p.page, probe, 'step3')).toBeGreaterThan(0);
  await p.goTo(4);
  for (const mode of ['Course work', 'Mentoring', 'Apprenticeship', 'Something else']) await p.mode(mode).check();
  await p.preferred('Mentoring').check();
  expect(await fillEvery(p.page, probe, 'step4')).toBeGreaterThan(0);
  await p.goTo(5);
  await openEveryField(p);
  // Decided, so the summary lists what was accepted and (as the options asked) what was rejected.
  expect(await p.page.getByRole('button', { name: /^Accept Mentor circle/, pressed: true }).count()).toBeGreaterThan(0);
  expect(await p.page.getByRole('button', { name: /^Reject Course budget/, pressed: true }).count()).toBeGreaterThan(0);
  expect(await fillEvery(p.page, probe, 'step5')).toBeGreaterThan(10);
  await previewEveryFormat(s);
  await p.copySummary().click();
  await expect.poll(() => p.status().textContent(), POLL).toMatch(/^Copied/);
  // The message for the candidate (issue 20): their words, the offerings' sentences and links, all in its preview.
  const message = new CandidateMessage(p.page);
  await message.open().click();
  await message.obstacles().check();
  await expect.poll(() => message.preview().textContent(), POLL).toContain('probe.invalid/offering-1');
  await message.copy().click();
  await expect.poll(() => p.status().textContent(), POLL).toBe('Copied the message for the candidate');

  // The pasted script and the edited copy, every step, and their previews.
  for (const [name, where] of [
    [/^Probe kit/, 'kit'],
    [/^editor-1 /, 'copy'],
  ] as const) {
    await p.backToList().click();
    await p.newInterview().click();
    await p.candidateName().fill(probe(`${where}-candidate`));
    const script = p.page.getByRole('combobox', { name: 'Script', exact: true });
    await script.selectOption((await script.getByRole('option', { name }).getAttribute('value')) ?? '');
    await p.startInterview().click();
    expect(await walkEveryStep(p, probe, where)).toBeGreaterThan(where === 'kit' ? 2 : 10);
    await previewEveryFormat(s);
  }

  // The list, searched: matches are shown with the words that matched.
  await p.backToList().click();
  await p.page.getByRole('searchbox', { name: 'Search interviews', exact: true }).fill('img src');
  await p.page.getByRole('list', { name: 'Interviews found', exact: true }).getByRole('button').first().waitFor();

  // Insights (issue 20) counts the interviews above, probes and all (their own arenas, the edited script's arenas and
  // modes, the offerings' names), drawn into SVG charts, their names and tables; and saves them as a CSV.
  await options.reload();
  const insights = new Insights(options);
  await insights.table('Arenas chosen').waitFor();
  expect(await insights.table('Arenas chosen').textContent()).toContain('https://probe.invalid/');
  expect(await insights.chart('Arenas chosen').getAttribute('aria-label')).toContain('https://probe.invalid/');
  // Its content is insights.e2e's to check: here the file is only made (a blob: URL), the network watched meanwhile.
  const [csv] = await Promise.all([options.waitForEvent('download'), insights.exportCsv().click()]);
  expect(csv.suggestedFilename()).toMatch(/^reverse-interview-insights-.*\.csv$/);

  // Checked at the end, after the network: the controls below log failed loads on purpose.
  const errors = [...harness.errors];

  // The positive control, in every process the recorders claim to watch.
  const worker = await harness.worker();
  await worker.evaluate(
    (urls) => Promise.all(urls.map((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined))),
    [`${local.origin}/control/worker`, 'https://control.invalid/worker'],
  );
  for (const [page, where] of [
    [p.page, 'panel'],
    [options, 'options'],
  ] as const) {
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), markup('control', where));
  }
  await expect
    .poll(() => local.paths, POLL)
    .toEqual(expect.arrayContaining(['/control/options', '/control/panel', '/control/worker']));

  // DevTools: each process was watched, each control seen in the process that made it, and nothing else left.
  const extension = harness.url('');
  const watched = (type: string, file: string) =>
    targets.targets.some((t) => t.type === type && t.url === `${extension}${file}` && t.network);
  expect(watched('service_worker', 'background.js'), 'the service worker is watched').toBe(true);
  expect(watched('other', 'sidepanel.html'), 'the real side panel is watched').toBe(true);
  expect(watched('page', 'options.html'), 'the options page is watched').toBe(true);
  const seen = (file: string) =>
    targets.requests
      .filter((r) => r.target === `${extension}${file}` && !LOCAL.test(r.url))
      .map((r) => r.url)
      .sort();
  // DevTools reports a request after it was sent: the witness may have it first.
  await expect
    .poll(() => seen('background.js'), POLL)
    .toEqual([`${local.origin}/control/worker`, 'https://control.invalid/worker']);
  for (const [file, where] of [
    ['sidepanel.html', 'panel'],
    ['options.html', 'options'],
  ] as const) {
    await expect
      .poll(() => seen(file), { ...POLL, message: file })
      .toEqual(expect.arrayContaining([`${local.origin}/control/${where}`, `https://control.invalid/${where}.png`]));
  }
  // The extension's own files are requests too: the recorder saw the pages load.
  expect(targets.requests.some((r) => r.url === `${extension}sidepanel.html`)).toBe(true);
  const isControl = (url: string) => url.startsWith('https://control.invalid/') || url.startsWith(`${local.origin}/control/`);
  expect(targets.requests.filter((r) => !LOCAL.test(r.url) && !isControl(r.url))).toEqual([]);

  // The net-log, complete once the browser has closed.
  recorder.close();
  recorder = undefined;
  await cdp.close();
  cdp = undefined;
  await harness.close();
  h = undefined;
  const log = readNetLog(netLog);
  const fromExtension = log.requests.filter((r) => r.initiator === extension.replace(/\/$/, '')).map((r) => r.url);
  expect(fromExtension).toEqual(expect.arrayContaining([`${local.origin}/control/worker`, 'https://control.invalid/worker']));
  expect(fromExtension).toEqual(expect.arrayContaining([`${local.origin}/control/panel`, `${local.origin}/control/options`]));
  expect(fromExtension.filter((url) => !isControl(url))).toEqual([]);
  // Not even a DNS lookup or a connection: the probes' hosts are nowhere in what the network stack did.
  expect(log.text).toContain('control.invalid');
  expect(log.text).not.toContain('probe.invalid');
  expect(log.text).not.toContain(`${local.origin}/probe/`);
  expect(local.paths.filter((p) => !p.startsWith('/control/'))).toEqual([]);
  expect(errors).toEqual([]);
});

/** Fills every empty, enabled, visible text box of the page, one at a time (filling one can add another). */
async function fillEvery(page: Page, probe: (where: string) => string, where: string): Promise<number> {
  const boxes = page.getByRole('textbox');
  for (let n = 0; n < 60; n++) {
    const index = await boxes.evaluateAll((els) =>
      els.findIndex((el) => {
        const box = el as HTMLInputElement | HTMLTextAreaElement;
        return box.value === '' && !box.disabled && !box.readOnly && box.getClientRects().length > 0;
      }),
    );
    if (index < 0) return n;
    await boxes.nth(index).fill(probe(`${where}-${n + 1}`));
  }
  throw new Error(`${where}: more than 60 text boxes`);
}

/** Every step of the open interview, from the step navigation: every box ticked that can be, every text box filled. */
async function walkEveryStep(p: Panel, probe: (where: string) => string, where: string): Promise<number> {
  const steps = p.steps().getByRole('button');
  await steps.first().waitFor();
  let filled = 0;
  for (let i = 0; i < (await steps.count()); i++) {
    await steps.nth(i).click();
    await expect.poll(() => steps.nth(i).getAttribute('aria-current')).toBe('step');
    await openEveryField(p);
    // The arenas and growth modes ticked are what the later steps ask about.
    await clickAll(p.page.locator('input[type="checkbox"]:not(:checked):not(:disabled)'));
    const radio = p.page.getByRole('radio').first();
    if ((await radio.count()) > 0) await radio.check();
    filled += await fillEvery(p.page, probe, `${where}-step${i + 1}`);
  }
  return filled;
}

/** Step 5 (a no-op elsewhere): every need brought back to discuss, every offer box open, the catalogue's suggestions decided and noted. */
async function openEveryField(p: Panel): Promise<void> {
  const page = p.page;
  for (let i = 0; i < 20 && (await p.foldedNeeds().count()) > 0; i++) {
    if ((await p.foldedNeeds().getAttribute('aria-expanded')) !== 'true') await p.foldedNeeds().click();
    await page
      .getByRole('button', { name: /^Discuss / })
      .first()
      .click();
  }
  await clickAll(page.getByRole('button', { name: /^Offer something not in the catalogue for / }));
  await clickAll(page.getByRole('button', { name: /^Show \d+ more for / }));
  await clickAll(page.getByRole('button', { name: /^Accept Mentor circle/, pressed: false }));
  await clickAll(page.getByRole('button', { name: /^Reject Course budget/, pressed: false }));
  const details = page.getByRole('button', { name: /^Details of Mentor circle/ }).first();
  if ((await details.count()) > 0) {
    await details.click();
    await page.getByText('offering-1', { exact: false }).first().waitFor();
  }
  await clickAll(page.getByRole('button', { name: /^Add a note on / }));
}

/** Clicks the first control the locator finds until it finds none (each click removes or changes it). */
async function clickAll(controls: Locator): Promise<void> {
  for (let i = 0; i < 30 && (await controls.count()) > 0; i++) await controls.first().click();
}

/** Opens the summary preview and shows it in every format. */
async function previewEveryFormat(s: SummaryControls): Promise<void> {
  if ((await s.preview().count()) === 0) await s.previewToggle().click();
  for (const profile of profiles) {
    await s.format().selectOption(profile.id);
    await expect
      .poll(() => s.preview().getByRole('heading').textContent(), POLL)
      .toContain(`What will be pasted: ${profile.name}`);
    // Every answer is in it, as text.
    await expect.poll(async () => (await s.previewContent()).value, POLL).toContain('probe.invalid');
  }
}
