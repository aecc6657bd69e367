/**
 * The store screenshots (docs/store-listing.md): 1280×800 PNGs in docs/store/.
 * The panel is shot at 125 % (400 × 608 CSS px), then set beside a stand-in
 * video call in a page drawn here, as Chrome shows a side panel beside a tab;
 * the options page fills the whole window. `npm run screenshots -- --store`
 * takes only these.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { seedInterviews } from './seed.ts';
import { shotSwitches } from './switches.ts';

/** 1280×800 at this scale is 1024×640 CSS px: the panel reads at a size a store visitor can read. */
const SCALE = 1.25;
const WINDOW = { width: 1024, height: 640 };
const PANEL = { width: 400, height: 608 };

/** Written by tests/unit/realistic-fixture.test.ts: Sam Rivera's interview at step 5, with the example catalogue. */
const realistic = JSON.parse(readFileSync(new URL('../fixtures/realistic-storage.json', import.meta.url), 'utf8'));
const CANDIDATE = 'Sam Rivera';

export async function storeShots(ext: string, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'ri-shots-store-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: shotSwitches(ext),
    viewport: PANEL,
    deviceScaleFactor: SCALE,
    colorScheme: 'light',
  });
  try {
    // The realistic interview was created at 08:30 on 30 November 2026: the list reads "today".
    await context.clock.install({ time: new Date('2026-11-30T09:10:00Z') });
    await context.clock.pauseAt(new Date('2026-11-30T09:10:01Z'));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}/`;
    await worker.evaluate(
      (items) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }
        ).chrome.storage.local.set(items),
      realistic,
    );
    const day = 86_400_000;
    const at = Date.UTC(2026, 10, 30, 8, 30);
    await seedInterviews(worker, [
      {
        id: 'store-1',
        candidate: 'Priya Natarajan',
        role: 'Engineering Manager, Checkout',
        createdAt: at - 1 * day,
        status: 'active',
      },
      { id: 'store-2', candidate: 'Tomás Ferreira', role: 'Senior Frontend Engineer', createdAt: at - 2 * day, status: 'done' },
      { id: 'store-3', candidate: 'Amara Okafor', role: 'Staff Data Engineer', createdAt: at - 4 * day, status: 'done' },
      { id: 'store-4', candidate: 'Lena Fischer', role: 'Site Reliability Engineer', createdAt: at - 7 * day, status: 'done' },
      { id: 'store-5', candidate: 'Kenji Watanabe', role: 'Product Designer', createdAt: at - 9 * day, status: 'done' },
    ]);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    const panel = await context.newPage();
    await panel.goto(`${origin}sidepanel.html`);
    const beside = (name: string, caption: string, scheme: 'light' | 'dark' = 'light', left = call()) =>
      besidePanel(context, panel, path.join(out, `${name}.png`), { caption, scheme, left });

    await panel.getByRole('heading', { name: 'Interviews' }).waitFor();
    await panel.getByRole('radio', { name: 'All', exact: true }).locator('xpath=..').click();
    await beside('1-interviews', 'Every interview in one place, beside the call');

    await panel.getByRole('button', { name: new RegExp(`^${CANDIDATE}`) }).click();
    await panel.getByRole('heading', { level: 1, name: /^Step 5 of 5/ }).waitFor();
    await panel.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^3\. / }).click();
    await panel.getByRole('textbox', { name: /^Leadership growth: What would you like to learn/ }).focus();
    await beside('2-current-reality', 'What to ask at each step; every answer saved as you type');

    await panel.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^5\. / }).click();
    await panel.getByRole('heading', { level: 1, name: /^Step 5 of 5/ }).waitFor();
    const need = panel.getByRole('region', { name: 'Leadership growth — Wants to learn or improve' });
    await need
      .getByRole('button', { name: /^Accept / })
      .first()
      .click();
    await need.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await beside('3-match', 'Only what your company really offers, or an honest gap', 'dark');

    // What the ATS receives: the copy's own HTML, read back from the clipboard, in a stand-in notes page.
    await panel.getByRole('button', { name: 'Preview summary' }).click();
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await panel.getByText('Copied for Greenhouse').waitFor();
    const html = await panel.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? await (await item.getType('text/html')).text() : '';
    });
    await beside('4-summary', 'Paste a clean summary into Greenhouse, Ashby, Lever or Workday', 'light', notes(html));

    const options = await context.newPage();
    await options.setViewportSize(WINDOW);
    await options.goto(`${origin}options.html`);
    const catalogue = options.getByRole('region', { name: 'Offerings catalogue' });
    await catalogue.getByRole('heading', { name: 'Offerings catalogue' }).waitFor();
    await catalogue.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await options.screenshot({ path: path.join(out, '5-catalogue.png') });
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The panel as it is now, in `scheme`, drawn beside `left` under a caption, saved as a 1280×800 PNG. */
async function besidePanel(
  context: BrowserContext,
  panel: Page,
  file: string,
  { caption, scheme, left }: { caption: string; scheme: 'light' | 'dark'; left: string },
) {
  await panel.emulateMedia({ colorScheme: scheme });
  // The paused clock holds the writer's wait for the next frame: let queued saves land, so the header reads "Saved".
  for (let i = 0; i < 25 && (await panel.getByText('Saving…').count()) > 0; i += 1) await context.clock.runFor(20);
  const shot = (await panel.screenshot()).toString('base64');
  await panel.emulateMedia({ colorScheme: 'light' });
  const icon = readFileSync(new URL('../../public/icon/128.png', import.meta.url)).toString('base64');
  const dark = scheme === 'dark';
  const page = await context.newPage();
  await page.setViewportSize(WINDOW);
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}
  .side { background: ${dark ? '#1f1f1f' : '#fff'}; border-left-color: ${dark ? '#3c3c3c' : '#dadce0'}; }
  .side header { color: ${dark ? '#e8eaed' : '#202124'}; border-bottom-color: ${dark ? '#3c3c3c' : '#dadce0'}; }
  </style></head><body>
  <section class="left"><p class="caption">${caption}</p>${left}</section>
  <aside class="side">
    <header><img src="data:image/png;base64,${icon}" alt="">Reverse Interview</header>
    <img src="data:image/png;base64,${shot}" alt="">
  </aside>
  </body></html>`);
  await page.screenshot({ path: file });
  await page.close();
}

const STYLE = `
  * { box-sizing: border-box; margin: 0; }
  body { width: ${WINDOW.width}px; height: ${WINDOW.height}px; display: flex; overflow: hidden;
    font: 15px/1.4 system-ui, "DejaVu Sans", sans-serif; background: #202124; }
  .left { flex: 1; min-width: 0; display: flex; flex-direction: column; padding: 20px 20px 16px; gap: 16px; color: #e8eaed; }
  .caption { font-size: 22px; font-weight: 600; line-height: 1.25; color: #fff; padding: 2px 4px 0; }
  .tile { flex: 1; border-radius: 12px; background: #3c4043; position: relative; display: grid; place-items: center; }
  .who { position: absolute; left: 14px; bottom: 10px; font-size: 14px; color: #e8eaed; }
  .avatar { width: 112px; height: 112px; border-radius: 50%; display: grid; place-items: center;
    font-size: 44px; font-weight: 600; color: #fff; background: #5f6b7a; }
  .self { position: absolute; right: 14px; bottom: 14px; width: 176px; height: 110px; border-radius: 10px;
    background: #2d2f31; display: grid; place-items: center; box-shadow: 0 2px 8px #0008; }
  .self .avatar { width: 52px; height: 52px; font-size: 20px; background: #6d5f7a; }
  .controls { display: flex; justify-content: center; gap: 14px; }
  .controls span { width: 44px; height: 44px; border-radius: 50%; background: #3c4043; display: grid; place-items: center; }
  .controls svg { width: 22px; height: 22px; fill: #e8eaed; }
  .controls .leave { width: 64px; border-radius: 22px; background: #d93025; }
  .notes { flex: 1; min-height: 0; border-radius: 12px; background: #fff; color: #202124; overflow: hidden; display: flex; flex-direction: column; }
  .notes header { padding: 12px 18px; background: #f1f3f4; border-bottom: 1px solid #dadce0; font-size: 14px; color: #5f6368; }
  .notes header b { color: #202124; }
  .notes .field { margin: 14px 18px 0; padding: 12px 16px; border: 1px solid #dadce0; border-radius: 8px; flex: 1; min-height: 0;
    overflow: hidden; font-size: 14px; line-height: 1.45;
    mask-image: linear-gradient(to bottom, #000 85%, transparent); }
  .notes .field h1, .notes .field h2, .notes .field h3 { font-size: 15px; margin: 8px 0 2px; }
  .notes .field ul { padding-left: 20px; }
  .notes .label { margin: 12px 18px 0; font-size: 13px; font-weight: 600; color: #5f6368; }
  .side { width: ${PANEL.width}px; display: flex; flex-direction: column; border-left: 1px solid; }
  .side header { height: ${WINDOW.height - PANEL.height}px; display: flex; align-items: center; gap: 8px; padding: 0 12px;
    font-size: 14px; font-weight: 600; border-bottom: 1px solid; }
  .side header img { width: 18px; height: 18px; }
  .side > img { width: ${PANEL.width}px; height: ${PANEL.height}px; display: block; }
`;

const ICONS = {
  mic: 'M12 15a3 3 0 0 0 3-3V6a3 3 0 1 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-2.1a7 7 0 0 0 6-6.9z',
  camera: 'M17 10.5V7a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-3.5l4 4v-11z',
  leave:
    'M12 9c-1.6 0-3.15.25-4.6.72v3.1a1 1 0 0 1-.56.9 11.4 11.4 0 0 0-2.66 1.85 1 1 0 0 1-1.41-.02L.29 13.08a1 1 0 0 1 0-1.41C3.34 8.78 7.46 7 12 7s8.66 1.78 11.71 4.67a1 1 0 0 1 0 1.41l-2.48 2.48a1 1 0 0 1-1.41.02 11.3 11.3 0 0 0-2.67-1.85 1 1 0 0 1-.56-.9v-3.1A15 15 0 0 0 12 9z',
};

/** A stand-in video call: the candidate's tile, your own inset, the controls. No real product's look or name. */
function call(): string {
  const icon = (d: string) => `<svg viewBox="0 0 24 24"><path d="${d}"/></svg>`;
  return `<div class="tile"><div class="avatar">SR</div><span class="who">Sam Rivera</span>
    <div class="self"><div class="avatar">You</div></div></div>
  <div class="controls"><span>${icon(ICONS.mic)}</span><span>${icon(ICONS.camera)}</span><span class="leave">${icon(ICONS.leave)}</span></div>`;
}

/** A stand-in ATS notes page with `html` pasted into its notes field. */
function notes(html: string): string {
  return `<div class="notes"><header><b>Sam Rivera</b> · Senior Backend Engineer, Payments Platform · Interview notes</header>
  <p class="label">Notes</p><div class="field">${html}</div></div>`;
}
