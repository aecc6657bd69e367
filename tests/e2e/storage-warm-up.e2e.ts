/**
 * Issue 7: Chrome counts storage.local's bytes lazily, on the first write of a
 * browser session, reading every stored interview first (lib/platform/
 * storage-warm-up.ts). The service worker asks for that count itself, once,
 * a few seconds after the browser starts, so no save waits for it.
 * `npm run bench` measures what it saves (figure 5, first write).
 */
import { afterEach, expect, test } from 'vitest';
import { WARM_UP_DELAY_MS } from '../../lib/platform/storage-warm-up';
import { type Harness, launch } from './harness';

let h: Harness | undefined;
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  h = undefined;
});

test('the service worker has Chrome count the stored bytes once, soon after the browser starts', async () => {
  h = await launch();
  const harness = h;
  const worker = await harness.worker();
  // Watch the call from inside the worker, installed before the warm-up's delay has run out.
  const upFor = await worker.evaluate(() => performance.now());
  expect(upFor, 'the worker was up too long before the watch could be installed (an overloaded machine?)').toBeLessThan(
    WARM_UP_DELAY_MS - 500,
  );
  await worker.evaluate(() => {
    const local = chrome.storage.local;
    const real = local.getBytesInUse.bind(local);
    const g = globalThis as unknown as { __counts: unknown[][] };
    g.__counts = [];
    local.getBytesInUse = (...args: unknown[]) => {
      g.__counts.push(args);
      return real(...args);
    };
  });
  const counts = () => worker.evaluate(() => (globalThis as unknown as { __counts: unknown[][] }).__counts);
  await expect.poll(counts, { timeout: 20_000, interval: 250 }).toEqual([[null]]);
  // Once: a worker that stays up does not count again.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await counts()).toEqual([[null]]);
  expect(harness.errors).toEqual([]);
});

declare const chrome: {
  storage: { local: { getBytesInUse(...args: unknown[]): Promise<number> } };
};
