/**
 * Issue 4 in real Chromium: for every ATS format, what the preview shows is
 * what lands on the clipboard (both flavours), and a real Ctrl+V into a rich
 * field and a plain textarea on an http://localhost page keeps lists as lists
 * and "- " lines. Then the fallbacks: the Clipboard API refused (copy command),
 * both refused (manual-copy dialog + Ctrl+C), the panel not focused; per-step
 * copy, marks, the Alt+Shift+C shortcut and the options default format.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { isFocused, Panel } from './pages/panel';
import { type Clip, clearClipboard, readClipboard, SummaryControls, startPasteSite } from './pages/summary';

const LEARN_Q = 'Technical growth: What would you like to learn or get better at in this area?';
const OBSTACLES_Q = 'Technical growth: What gets most in the way of growing in this area?';
const need = 'Technical growth — Wants to learn or improve';

/** A short interview with a quote, a follow-up, a multi-line answer, an offer and a gap. */
async function fillInterview(p: Panel, s: SummaryControls): Promise<void> {
  await p.create('Katherine Johnson', 'Flight engineer', 'https://ats.example/c/9');
  await p.explained().check();
  await p.differenceNote().fill('Listened closely\nAsked how we measure growth');
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.goTo(3);
  await p.grid('Technical growth', 'strengths').fill('Orbital mechanics <b>by hand</b>');
  await p.grid('Technical growth', 'learn').fill('I want to lead a guidance team');
  await s.quote(LEARN_Q).click();
  await p.grid('Technical growth', 'obstacles').fill('Too few reviews');
  await s.followUp(OBSTACLES_Q).click();
  await p.goTo(5);
  await p.showOffers(need);
  await p.offer(need, 'People').fill('Dorothy Vaughan, head of guidance');
  await p.noOffer('Technical growth — Biggest obstacles').check();
}

async function copyAndRead(p: Panel, expected: string | RegExp = 'Copied'): Promise<Clip> {
  await clearClipboard(p.page);
  await p.copySummary().click();
  await expect.poll(() => p.status().textContent()).toMatch(expected);
  // The status may still say "Copied" from the previous copy: wait until this copy is on the clipboard.
  await expect.poll(() => p.page.evaluate(() => navigator.clipboard.readText()), { timeout: 15_000 }).not.toBe('(empty)');
  return readClipboard(p.page);
}

/** Pastes with a real Ctrl+V into both fields of the local ATS page and returns what they hold. */
async function pasteInto(site: Page): Promise<{ richLists: number; richItems: string[]; richText: string; plain: string }> {
  await site.bringToFront();
  await site.reload();
  await site.getByRole('textbox', { name: 'Rich notes' }).click();
  await site.keyboard.press('Control+V');
  await site.getByRole('textbox', { name: 'Plain notes' }).click();
  await site.keyboard.press('Control+V');
  return site.evaluate(() => {
    const rich = document.querySelector('[contenteditable]') as HTMLElement;
    return {
      richLists: rich.querySelectorAll('ul, ol').length,
      richItems: [...rich.querySelectorAll('li')].map((li) => li.textContent ?? ''),
      // biome-ignore lint/performance/useDomNodeTextContent: the lines as a reader sees them (<br> as line breaks) are the point.
      richText: rich.innerText,
      plain: (document.querySelector('textarea') as HTMLTextAreaElement).value,
    };
  });
}

describe('every format: preview = clipboard, and a real paste keeps the structure', () => {
  let h: Harness;
  let site: Awaited<ReturnType<typeof startPasteSite>>;
  let p: Panel;
  let s: SummaryControls;
  let target: Page;

  beforeAll(async () => {
    h = await launch();
    site = await startPasteSite();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    p = new Panel(await h.openPanel());
    s = new SummaryControls(p.page);
    await fillInterview(p, s);
    target = await h.context.newPage();
    await target.goto(site.url);
    await p.page.bringToFront();
    await s.previewToggle().click();
  });
  afterAll(async () => {
    await site?.close();
    await h?.close();
  });

  test.each([
    ['Greenhouse', 'html'],
    ['Ashby', 'html'],
    ['Lever', 'text'],
    ['Workday / plain text', 'text'],
    ['Markdown (Notion, Slack, docs)', 'text'],
  ] as const)('%s', async (name, shows) => {
    await p.page.bringToFront();
    // The options' default format is listed once, marked as such.
    await s.format().selectOption({ label: name === 'Greenhouse' ? 'Greenhouse (default)' : name });
    await expect.poll(() => s.preview().getByRole('heading').textContent()).toMatch(`What will be pasted: ${name}`);
    const preview = await s.previewContent();
    const clip = await copyAndRead(p);

    // The preview is exactly what was copied.
    expect(preview.kind).toBe(shows);
    expect(preview.value).toBe(shows === 'html' ? clip.htmlBody : clip.text);

    // Both flavours carry every answer; the text has literal bullets, the HTML escapes typed markup.
    for (const words of ['Katherine Johnson', 'Orbital mechanics', 'I want to lead a guidance team', 'Dorothy Vaughan']) {
      expect(clip.text).toContain(words);
      expect(clip.html).toContain(words);
    }
    expect(clip.text).toMatch(/^- /m);
    expect(clip.html).toContain('&lt;b&gt;by hand&lt;/b&gt;');
    expect(clip.html).not.toMatch(/<(h\d|script|img|style)\b/);
    const quote = name.startsWith('Markdown') ? '_“I want to lead a guidance team”_' : '“I want to lead a guidance team”';
    expect(clip.text).toContain(quote);
    expect(clip.text).toMatch(name.startsWith('Markdown') ? /\*\*Follow up\*\*/ : /\n\nFollow up\n- /);

    const pasted = await pasteInto(target);
    // The textarea gets our text/plain, "- " lines and all.
    expect(pasted.plain).toBe(clip.text);
    if (name === 'Lever' || name.startsWith('Workday')) {
      // Plain-text profiles: the rich field shows the same "- " lines, no list elements.
      expect(pasted.richLists).toBe(0);
      // Nesting survives as no-break spaces.
      expect(pasted.richText).toMatch(/^\u00a0\u00a0- Wants to learn or improve: /m);
    } else {
      // Rich profiles (Markdown's HTML flavour is rich too): real lists.
      expect(pasted.richLists).toBeGreaterThan(2);
      expect(pasted.richItems).toContain('Wants to learn or improve: “I want to lead a guidance team”');
      expect(pasted.richText).not.toContain('&lt;');
    }
    if (name === 'Ashby') expect(clip.html).not.toContain('<p>');
    if (name === 'Greenhouse') expect(clip.html).toContain('<a href="https://ats.example/c/9">');
    expect(h.errors).toEqual([]);
  });
});

describe('copy fallbacks, step copy, shortcut, options', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launch();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterEach(async ({ task }) => {
    await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  });

  test('the Clipboard API refuses: the copy command puts the same two formats on the clipboard', async () => {
    const p = new Panel(await h.openPanel());
    const s = new SummaryControls(p.page);
    await fillInterview(p, s);
    const direct = await copyAndRead(p, /^Copied for Greenhouse$/);
    await p.page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'));
    });
    const fallback = await copyAndRead(p, 'Copied for Greenhouse (using the fallback copy command)');
    expect(fallback.text).toBe(direct.text);
    expect(fallback.htmlBody).toBe(direct.htmlBody);
    expect(h.errors).toEqual([]);
  });

  test('the panel is not focused: the Clipboard API refuses, a fallback copies, and the status says which', async () => {
    const p = new Panel(await h.openPanel());
    const s = new SummaryControls(p.page);
    await fillInterview(p, s);
    await clearClipboard(p.page);
    // Another tab (the call) takes focus. Playwright pretends every page is
    // focused unless focus emulation is switched off for the panel.
    const cdp = await h.context.newCDPSession(p.page);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const call = await h.context.newPage();
    await call.goto(h.url('options.html'));
    await call.bringToFront();
    expect(await p.page.evaluate(() => document.hasFocus())).toBe(false);
    expect(await p.page.evaluate(() => document.hasFocus())).toBe(false);
    // A key press would focus the page again: click from script, as a click
    // that lands while another window has focus does.
    await p.copySummary().dispatchEvent('click');
    await expect.poll(() => p.status().textContent()).toMatch(/fallback copy command|by hand/);
    const status = (await p.status().textContent()) ?? '';
    expect(await p.page.evaluate(() => document.hasFocus())).toBe(false);
    if (status.includes('by hand')) {
      await s.manualText().press('Control+C');
      await expect.poll(() => p.status().textContent()).toBe('Copied the summary for Greenhouse by hand');
    }
    const clip = await readClipboard(call);
    expect(clip.text).toContain('I want to lead a guidance team');
    console.info(`unfocused panel copied by: ${status}`);
    expect(h.errors).toEqual([]);
  });

  test('both routes refused: the manual-copy dialog, selected, and Ctrl+C copies both formats', async () => {
    const p = new Panel(await h.openPanel());
    const s = new SummaryControls(p.page);
    await fillInterview(p, s);
    await s.previewToggle().click();
    await s.format().selectOption({ label: 'Ashby' });
    const preview = await s.previewContent();
    await p.page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      document.execCommand = () => false;
    });
    await clearClipboard(p.page);
    await p.copySummary().click();
    await s.manualDialog().waitFor();
    await expect.poll(() => p.status().textContent()).toContain('press Ctrl+C');
    // The browser's reason, without its own full stop doubled: "(Write permission denied)."
    expect(await p.status().textContent()).toContain('(Write permission denied). ');
    // The whole text is selected and focused: one keystroke copies it.
    const selection = await s.manualText().evaluate((t: HTMLTextAreaElement) => ({
      focused: document.activeElement === t,
      whole: t.selectionStart === 0 && t.selectionEnd === t.value.length && t.value.length > 0,
    }));
    expect(selection).toEqual({ focused: true, whole: true });
    await p.page.keyboard.press('Control+C');
    await expect.poll(() => s.manualDialog().count()).toBe(0);
    await expect.poll(() => p.status().textContent()).toBe('Copied the summary for Ashby by hand');
    const clip = await readClipboard(p.page);
    expect(clip.htmlBody).toBe(preview.value);
    expect(clip.text).toContain('- Wants to learn or improve: “I want to lead a guidance team”');

    // Escape closes it without copying, and says so.
    await p.copySummary().click();
    await s.manualDialog().waitFor();
    await p.page.keyboard.press('Escape');
    await expect.poll(() => p.status().textContent()).toBe('Not copied.');
    expect(await s.manualDialog().count()).toBe(0);
    // Focus goes back to the button that asked for the copy.
    expect(await isFocused(p.copySummary())).toBe(true);
    expect(h.errors).toEqual([]);
  });

  test('copy one step, marks as toggle buttons, Alt+Shift+C while typing, and the options default', async () => {
    const options = await h.context.newPage();
    await options.goto(h.url('options.html'));
    const formats = options.getByRole('group', { name: 'Summary format', exact: true });
    await formats.getByRole('radio', { name: /^Lever/ }).check();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
    expect(((await h.storage.read()).settings as { profile: string }).profile).toBe('lever');
    await options.reload();
    expect(await formats.getByRole('radio', { name: /^Lever/ }).isChecked()).toBe(true);

    const p = new Panel(await h.openPanel());
    const s = new SummaryControls(p.page);
    await fillInterview(p, s);
    await p.goTo(3);
    expect(await s.quote(LEARN_Q).getAttribute('aria-pressed')).toBe('true');
    expect(await s.followUp(OBSTACLES_Q).getAttribute('aria-pressed')).toBe('true');
    await s.quote(OBSTACLES_Q).click();
    expect(await s.quote(OBSTACLES_Q).getAttribute('aria-pressed')).toBe('true');
    expect(await s.followUp(OBSTACLES_Q).getAttribute('aria-pressed')).toBe('false');

    await clearClipboard(p.page);
    await s.copyStep('Current reality').click();
    await expect.poll(() => p.status().textContent()).toBe('Copied “Current reality” for Lever');
    const step = await readClipboard(p.page);
    expect(step.text).toContain('Candidate: Katherine Johnson');
    expect(step.text).toContain('- Biggest obstacles: “Too few reviews”');
    expect(step.text).not.toContain('Listened closely');
    expect(step.html).not.toContain('<ul>'); // Lever, from the options page.

    // The shortcut from inside an answer: it copies and types nothing.
    await clearClipboard(p.page);
    await p.grid('Technical growth', 'learn').focus();
    await p.page.keyboard.press('Alt+Shift+C');
    await expect.poll(() => p.status().textContent()).toBe('Copied for Lever');
    expect((await readClipboard(p.page)).text).toContain('Listened closely\n');
    expect(await p.grid('Technical growth', 'learn').inputValue()).toBe('I want to lead a guidance team');
    expect(h.errors).toEqual([]);
  });
});
