/**
 * Stamps for field writes: wall-clock milliseconds, but strictly increasing
 * within one page, so two keystrokes in the same millisecond still order.
 */
export function createClock(now: () => number = Date.now): () => number {
  let last = 0;
  return () => {
    last = Math.max(now(), last + 1);
    return last;
  };
}
