/**
 * Storage full (issue #3): with chrome.storage.local.set refusing in the
 * page, exactly as Chrome does when the quota is reached, the text stays on
 * screen, the panel says so plainly and offers an export, the stored data is
 * untouched — and once there is room again the text is saved without a keystroke.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { readDownload } from './pages/options';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

/**
 * The refusals the storage API really gives: Chrome's quota message
 * (extensions/browser/api/storage; only without `unlimitedStorage`, which the
 * manifest asks for), and what its LevelDB backend says on a full disk, which is
 * what a user of this extension meets (issue 19).
 */
const REFUSALS = [
  [
    'a full disk (LevelDB)',
    'IO error: /home/u/.config/chromium/Default/Local Extension Settings/x/000003.log: No space left on device (ChromeMethodBFE: 15::Append::3)',
  ],
  ['the quota', 'Resource::kQuotaBytes quota exceeded'],
] as const;

async function storedNote(): Promise<unknown> {
  const items = await h.storage.read();
  const key = Object.keys(items).find((k) => k.startsWith('interview:')) ?? '';
  return (items[key] as { fields: Record<string, { v: unknown }> } | undefined)?.fields['answer:difference:note']?.v;
}

test.each(REFUSALS)(
  '%s: a refused write keeps the text, says so, offers export, damages nothing, and saves once there is room',
  async (_what, message) => {
    const p = new Panel(await h.openPanel());
    await p.create('Mary Jackson', 'Aerospace engineer');
    await p.differenceNote().click();
    await p.page.keyboard.type('Saved before the disk filled.');
    await expect.poll(storedNote).toBe('Saved before the disk filled.');
    const before = await h.storage.read();

    // Full: every write from this page is refused, the way Chrome refuses it.
    await p.page.evaluate((message) => {
      const area = chrome.storage.local as unknown as { set: unknown; __realSet?: unknown };
      area.__realSet = area.set;
      area.set = () => Promise.reject(new Error(message));
    }, message);
    const typed = ' Then she described the wind tunnel, in detail.';
    await p.page.keyboard.type(typed);
    const full = `Saved before the disk filled.${typed}`;

    await p.page.getByRole('heading', { name: 'Your latest text is not saved', exact: true }).waitFor();
    await expect.poll(() => p.status().textContent()).toMatch(/^Not saved: browser storage is full\. Your text is still here/);
    await expect.poll(() => p.page.getByText('Not saved', { exact: true }).isVisible()).toBe(true);
    expect(await p.differenceNote().inputValue()).toBe(full);
    // Nothing already saved is damaged: storage holds exactly what it held.
    expect(await h.storage.read()).toEqual(before);

    // The export carries the unsaved text.
    const [download] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name: 'Export this interview', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^reverse-interview-mary-jackson-.+\.json$/);
    const file = JSON.parse(await readDownload(download)) as { interviews: { fields: Record<string, { v: unknown }> }[] };
    expect(file.interviews[0]?.fields['answer:difference:note']?.v).toBe(full);

    // Leaving the interview does not drop the text: the list still says it is not saved.
    await p.backToList().click();
    await p.page.getByRole('heading', { name: 'Your latest text is not saved', exact: true }).waitFor();
    expect(await h.storage.read()).toEqual(before);

    // Room again: the panel saves on its own (no keystroke), within its retry period.
    await p.page.evaluate(() => {
      const area = chrome.storage.local as unknown as { set: unknown; __realSet?: unknown };
      area.set = area.__realSet;
    });
    await expect.poll(storedNote, { timeout: 15_000 }).toBe(full);
    await expect.poll(() => p.page.getByRole('heading', { name: 'Your latest text is not saved' }).count()).toBe(0);
    await p.interviewItem('Mary Jackson').click();
    expect(await p.differenceNote().inputValue()).toBe(full);
    expect(h.errors).toEqual([]);
  },
);

declare const chrome: { storage: { local: object } };

test('any other refusal (a disk error) is said as it is, keeps the text, and is written once the disk recovers', async () => {
  const p = new Panel(await h.openPanel());
  await p.create('Dorothy Vaughan', 'Mathematician');
  await p.differenceNote().click();
  await p.page.evaluate(() => {
    const area = chrome.storage.local as unknown as { set: unknown; __realSet?: unknown };
    area.__realSet = area.set;
    area.set = () => Promise.reject(new Error('IO error: /x/000003.log: Input/output error'));
  });
  await p.page.keyboard.type('Typed while the disk failed.');
  await expect
    .poll(() => p.status().textContent())
    .toMatch(/^Not saved: IO error: \/x\/000003\.log: Input\/output error .*offered to storage again/);
  await p.page.evaluate(() => {
    const area = chrome.storage.local as unknown as { set: unknown; __realSet?: unknown };
    area.set = area.__realSet;
  });
  // No keystroke: the panel offers the text again on its own.
  await expect.poll(storedNote, { timeout: 15_000 }).toBe('Typed while the disk failed.');
  expect(h.errors).toEqual([]);
});
