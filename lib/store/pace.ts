/**
 * Resolves once the next frame has been rendered: requestAnimationFrame runs
 * just before rendering, the timeout task right after it. A hidden page
 * renders no frames, so `fallbackMs` at most (100 ms unless told); `flush` on
 * hide does not wait at all.
 */
export function afterNextFrame(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Resolves a few seconds after the next frame, once the browser is idle: for
 * start-up upkeep that must delay neither the first screen nor the first
 * click. (The index repair lists every key, which in Chrome reads the whole
 * store, 50–330 ms with 2,000 interviews, and queues other reads behind it:
 * run at once, it slowed opening an interview from ~40 to ~130 ms.)
 */
export async function afterFirstScreen(delayMs = 3000, idleTimeoutMs = 2000): Promise<void> {
  await afterNextFrame();
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs });
    else setTimeout(resolve, 200);
  });
}

/**
 * Resolves a task later, so the page renders and answers between pieces of a
 * long job (Insights reading every record in batches). A message, not a
 * timer: Chrome runs a hidden tab's timers once a second at most, and a page
 * doing such a job may well be left behind another tab meanwhile.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
