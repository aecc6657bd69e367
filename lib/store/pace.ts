/**
 * Resolves once the next frame has been rendered: requestAnimationFrame runs
 * just before rendering, the timeout task right after it. A hidden page
 * renders no frames, so 100 ms at most; `flush` on hide does not wait at all.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Resolves after the next frame, once the browser is idle (at most `timeoutMs`
 * later): for start-up work that must not delay the first screen.
 */
export async function afterFirstScreen(timeoutMs = 2000): Promise<void> {
  await afterNextFrame();
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 200);
  });
}
