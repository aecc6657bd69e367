/**
 * Takes the README's screenshots from the built extension in Debian Chromium:
 * `npm run screenshots` (after `npm run build`). Writes tests/screenshots/*.png,
 * then the store's docs/store/*.png (store.ts); `-- --store` takes only those.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page, type Worker } from 'playwright-core';
import { callShots } from './call.ts';
import { catalogueShots, stepFiveShots } from './catalogue.ts';
import { shootDataScreens } from './data-screens.ts';
import { editorShots } from './editor.ts';
import { insightsShots } from './insights.ts';
import { liveShots } from './live.ts';
import { type StorageLike, seedInterviews } from './seed.ts';
import { storeShots } from './store.ts';
import { shotSwitches } from './switches.ts';

const ext = path.resolve(process.env.SHOTS_EXT ?? '.output/chrome-mv3');
const out = path.resolve('tests/screenshots');
/** `before-` with SHOTS_EXT pointing at an older build: only issue 21's live screens, named for comparison. */
const prefix = process.env.SHOTS_PREFIX ?? '';

async function run(scheme: 'light' | 'dark') {
  const dir = mkdtempSync(path.join(tmpdir(), 'ri-shots-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: shotSwitches(ext),
    viewport: { width: 360, height: 760 },
    deviceScaleFactor: 1,
    colorScheme: scheme,
  });
  try {
    // A fixed, paused clock: dates and the interview timer read the same on every run.
    await context.clock.install({ time: new Date('2026-11-30T09:00:00Z') });
    await context.clock.pauseAt(new Date('2026-11-30T09:00:01Z'));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const live = () =>
      liveShots(context, `chrome-extension://${new URL(worker.url()).host}`, async (p, name) => {
        // As in `shot`: the paused clock holds the writer's wait for the next frame.
        for (let i = 0; i < 25 && (await p.getByText('Saving…').count()) > 0; i += 1) await context.clock.runFor(20);
        await p.screenshot({ path: path.join(out, `${prefix}${name}-${scheme}.png`) });
      });
    if (prefix) return await live();
    await insightsShots(context, `chrome-extension://${new URL(worker.url()).host}`, (p, name) =>
      p.screenshot({ path: path.join(out, `${name}-${scheme}.png`) }),
    );
    await catalogueShots(context, `chrome-extension://${new URL(worker.url()).host}`, (p, name) =>
      p.screenshot({ path: path.join(out, `${name}-${scheme}.png`) }),
    );
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    const shot = async (name: string) => {
      // The paused clock also holds the writer's wait for the next frame: let queued saves land, so the header reads "Saved".
      for (let i = 0; i < 25 && (await page.getByText('Saving…').count()) > 0; i += 1) await context.clock.runFor(20);
      await page.screenshot({ path: path.join(out, `${name}-${scheme}.png`) });
    };

    for (const [candidate, role] of [
      ['Grace Hopper', 'Engineering Manager'],
      ['Alan Turing', 'Research Engineer'],
    ]) {
      await startInterview(page, candidate ?? '', role ?? '');
      await page.getByRole('button', { name: '← All interviews' }).click();
    }
    await page.getByRole('button', { name: 'New interview' }).click();
    await page.getByRole('textbox', { name: 'Candidate name' }).fill('Ada Lovelace');
    await page.getByRole('textbox', { name: 'Role' }).fill('Staff Engineer');
    await shot('new-interview');
    await page.getByRole('button', { name: 'Start interview' }).click();
    await page.getByRole('checkbox', { name: 'I explained that this interview is about their growth' }).check();
    await shot('step-1');
    await page.getByRole('button', { name: 'Next step' }).click();
    for (const arena of ['Technical growth', 'Peer relationships and teamwork', 'Leadership growth']) {
      await page.getByRole('checkbox', { name: arena }).check();
    }
    await page.getByRole('textbox', { name: 'Add your own arena' }).fill('Public speaking');
    await page.getByRole('button', { name: 'Add arena' }).click();
    await page.getByRole('textbox', { name: 'Add your own arena' }).focus();
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await shot('step-2');
    await page.getByRole('button', { name: 'Next step' }).click();
    const grid: [string, string, string][] = [
      ['Technical growth', 'What are you already good at in this area?', 'Rust services, incident reviews'],
      [
        'Technical growth',
        'What would you like to learn or get better at in this area?',
        'Formal methods for distributed systems',
      ],
      ['Technical growth', 'What gets most in the way of growing in this area?', 'No time set aside for deep work'],
      ['Public speaking', 'What would you like to learn or get better at in this area?', 'Give a conference talk'],
    ];
    for (const [arena, question, answer] of grid) {
      await page.getByRole('textbox', { name: `${arena}: ${question}` }).fill(answer);
    }
    await page.getByRole('textbox', { name: 'Technical growth: What gets most in the way of growing in this area?' }).focus();
    await shot('step-3');
    // Issue 4: answer marks.
    await page
      .getByRole('group', {
        name: 'Mark the answer to Technical growth: What would you like to learn or get better at in this area?',
      })
      .getByRole('button', { name: 'Quote' })
      .click();
    await page
      .getByRole('group', { name: 'Mark the answer to Technical growth: What gets most in the way of growing in this area?' })
      .getByRole('button', { name: 'Follow up' })
      .click();
    await shot('marks');
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('checkbox', { name: 'Course work' }).check();
    await page.getByRole('radio', { name: 'Mentoring' }).check();
    await page
      .getByRole('textbox', { name: 'Examples of how they grew, and what did not work' })
      .fill('A senior engineer reviewed every design doc.');
    await shot('step-4');
    await page.getByRole('button', { name: 'Next step' }).click();
    await page
      .getByRole('button', { name: 'Offer something not in the catalogue for Technical growth — Wants to learn or improve' })
      .click();
    await page
      .getByRole('textbox', { name: /^People for Technical growth — Wants to learn/ })
      .fill('Staff engineer guild, monthly design reviews');
    await stepFiveShots(page, shot);
    // Issue 20: the message for the candidate, previewed before it is copied (an offering accepted, the gap recorded).
    await page.getByRole('button', { name: 'Copy for the candidate', exact: true }).click();
    const message = page.getByRole('dialog', { name: 'Message for the candidate' });
    await message.getByRole('region', { name: 'The message, as it will be pasted' }).waitFor();
    await shot('candidate-message');
    await message
      .getByRole('region', { name: 'The message, as it will be pasted' })
      .evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shot('candidate-message-end');
    await message.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, 320));
    // Issue 4: the preview of what will be pasted, in the format chosen for this copy.
    await page.getByRole('button', { name: 'Preview summary' }).click();
    await page.getByRole('combobox', { name: 'Format for this copy' }).selectOption({ label: 'Ashby' });
    await shot('preview');
    await page.getByRole('combobox', { name: 'Format for this copy' }).selectOption({ label: 'Lever' });
    await shot('preview-text');
    await page.getByRole('button', { name: 'Preview summary' }).click();
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await page.getByRole('button', { name: '← All interviews' }).click();
    await page.getByRole('heading', { name: 'Interviews' }).waitFor();
    await shot('list');
    // Issue 21: search shows the words that matched.
    await page.getByRole('searchbox', { name: 'Search interviews' }).fill('distributed');
    await page.locator('.list-snippet mark').first().waitFor();
    await shot('list-search');
    await page.getByRole('searchbox', { name: 'Search interviews' }).fill('');

    // Pacing: the timer has run 17.5 min on step 3, whose budget is 16.
    await page.getByRole('button', { name: /^Ada Lovelace/ }).click();
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^3\. / }).click();
    await page.getByRole('button', { name: 'Start timer' }).click();
    await context.clock.runFor(17 * 60_000 + 30_500);
    await page.getByText('Over budget on this step').waitFor();
    await shot('pacing');
    // The keyboard help over it, opened with `?`.
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await shot('shortcuts');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Pause timer' }).click();
    await page.getByRole('button', { name: '← All interviews' }).click();
    // Issue 4: both copy routes refused (as a browser policy might): the manual-copy dialog.
    await page.getByRole('button', { name: /^Ada Lovelace/ }).click();
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      document.execCommand = () => false;
    });
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await page.getByRole('dialog').waitFor();
    await shot('manual-copy');
    await page.keyboard.press('Escape');
    // Issue 4: the default summary format on the options page.
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await page.getByRole('heading', { name: 'Summary', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('options-summary-format');
    await page
      .getByRole('heading', { name: 'Message for the candidate', exact: true })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('options-candidate-message');
    // Issue 18: the scripts library, with one script of the interviewer's own (the stored fixture).
    const version = JSON.parse(readFileSync(new URL('../fixtures/storage/script-v1.json', import.meta.url), 'utf8'));
    await worker.evaluate(async (v) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: StorageLike } } }).chrome.storage.local;
      await local.set({
        'script:behavioural-screen@2': v,
        scripts: { schema: 1, scripts: { 'behavioural-screen': { name: 'Behavioural screen', versions: [1, 2] } } },
      });
    }, version);
    await page.reload();
    await page.getByRole('heading', { name: 'Scripts', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.getByText('Behavioural screen', { exact: true }).first().waitFor();
    await shot('options-scripts');
    const kit = readFileSync(new URL('../fixtures/kits/ashby.txt', import.meta.url), 'utf8');
    await page.getByRole('textbox', { name: 'Paste interview questions', exact: true }).fill(kit);
    await page.getByRole('textbox', { name: 'Script name', exact: true }).fill('Platform engineer screen');
    await page
      .getByRole('region', { name: 'The script the pasted questions make' })
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot('options-paste-kit');
    await editorShots(page, shot);
    // Issue 3: the library and the options page's data section, from the list again.
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    await page.getByRole('heading', { name: 'Interviews' }).waitFor();
    // The paused clock also holds the frame after which the rest of the panel loads and reads the index
    // (until then the list is its stored first page): let it run.
    await context.clock.runFor(200);
    await shootDataScreens(context, page, `chrome-extension://${new URL(worker.url()).host}/`, out, scheme);
    // A long library shows 50 rows, then how many there are and "Show more".
    await seedMany(worker, 118);
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    await page.getByRole('heading', { name: 'Interviews' }).waitFor();
    await context.clock.runFor(200);
    await page.getByRole('button', { name: 'Show more' }).scrollIntoViewIfNeeded();
    await shot('list-long');
    // Issue 21: the realistic interview's step 5 and the preview at 360×720 (it brings the full example catalogue).
    await live();
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Adds `count` stored interviews, older than the rest. */
async function seedMany(worker: Worker, count: number) {
  const names = ['Margaret Hamilton', 'Edsger Dijkstra', 'Barbara Liskov', 'Ken Thompson', 'Radia Perlman', 'Donald Knuth'];
  const roles = ['Staff Engineer', 'Engineering Manager', 'SRE', 'Data Scientist'];
  await seedInterviews(
    worker,
    Array.from({ length: count }, (_, i) => ({
      id: `screenshot-${String(i).padStart(4, '0')}`,
      candidate: `${names[i % names.length]} ${i + 1}`,
      role: roles[i % roles.length] ?? '',
      createdAt: Date.UTC(2026, 9, 30, 12) - i * 86_400_000,
      status: 'active',
    })),
  );
}

async function startInterview(page: Page, candidate: string, role: string) {
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByRole('textbox', { name: 'Candidate name' }).fill(candidate);
  await page.getByRole('textbox', { name: 'Role' }).fill(role);
  await page.getByRole('button', { name: 'Start interview' }).click();
  await page.getByRole('navigation', { name: 'Steps' }).waitFor();
}

/** `--store`: only the store listing's 1280×800 screenshots (docs/store-listing.md). */
const storeOnly = process.argv.includes('--store');
if (!storeOnly) {
  await run('light');
  await run('dark');
  if (prefix) process.exit(0);
  // Beside a call (the real side panel next to a local Meet stand-in).
  await callShots(ext, out, 'light');
  await callShots(ext, out, 'dark');
  console.log(`Screenshots written to ${out}`);
}
const storeOut = path.resolve('docs/store');
await storeShots(ext, storeOut);
console.log(`Store screenshots written to ${storeOut}`);
