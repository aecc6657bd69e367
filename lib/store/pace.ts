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
