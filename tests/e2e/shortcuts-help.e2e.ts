/**
 * Keyboard-first (issue 6): the "Keyboard shortcuts" dialog opens with `?`
 * (outside a text box), Alt+Shift+/ and its button, is modal, closes with
 * Escape or Close and gives focus back; and Chromium accepts the shortcut
 * that opens the panel.
 */
import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Pacing } from './pages/pacing';
import { isFocused, Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

test('the help dialog: ? and the button open it, Escape and Close shut it, focus comes back', async () => {
  const page = await h.openPanel();
  const p = new Panel(page);
  const k = new Pacing(page);
  await p.create('Dorothy Vaughan', 'Programmer');

  // `?` outside a text field.
  await p.tabTo(p.nextStep());
  await page.keyboard.press('?');
  await k.help().waitFor();
  await expect.poll(() => k.help().getByText('Alt+Shift+J', { exact: true }).isVisible()).toBe(true);
  await expect.poll(() => k.help().getByText('Next step', { exact: true }).isVisible()).toBe(true);
  // It opens at its title (not scrolled down to Close), so a short panel shows where it starts.
  const title = k.help().getByRole('heading', { name: 'Keyboard shortcuts', exact: true });
  await expectFocused(title);
  expect(await k.help().evaluate((d) => d.scrollTop)).toBe(0);
  // Modal: chords do nothing behind it.
  await k.chord('J');
  await expectCurrent(p, 1);
  await page.keyboard.press('Escape');
  await expect.poll(() => k.help().isVisible()).toBe(false);
  await expectFocused(p.nextStep());

  // `?` while typing is a question mark, not the help.
  await p.tabTo(p.differenceNote());
  await page.keyboard.type('Why?');
  await expect.poll(() => p.differenceNote().inputValue()).toBe('Why?');
  await expect.poll(() => k.help().isVisible()).toBe(false);
  // The chord works while typing.
  await k.chord('Slash');
  await k.help().waitFor();
  await page.keyboard.press('Escape');
  await expectFocused(p.differenceNote());

  // The button, from the keyboard; "Close" gives focus back to it.
  await p.tabTo(k.helpButton(), { back: true });
  await page.keyboard.press('Enter');
  await k.help().waitFor();
  await p.tabTo(k.closeHelp());
  await page.keyboard.press('Enter');
  await expect.poll(() => k.help().isVisible()).toBe(false);
  await expectFocused(k.helpButton());

  // Outside a text field on the list, `?` opens it too.
  await p.tabTo(p.backToList(), { back: true });
  await page.keyboard.press('Enter');
  await p.listHeading().waitFor();
  await page.keyboard.press('?');
  await k.help().waitFor();
  await page.keyboard.press('Escape');
  expect(h.errors).toEqual([]);
});

test('Chromium registers Alt+Shift+O to open the panel (_execute_action)', async () => {
  const worker = h.context.serviceWorkers().find((w) => w.url().includes(h.extensionId));
  if (!worker) throw new Error('the extension has no service worker');
  const commands = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }
    ).chrome.commands.getAll(),
  );
  // An empty shortcut would mean Chromium refused the key (taken, or invalid).
  expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+O' }));
});

async function expectCurrent(p: Panel, n: number) {
  await expect.poll(() => p.currentStep()).toEqual([n]);
}

async function expectFocused(locator: Locator) {
  await expect.poll(() => isFocused(locator)).toBe(true);
}
