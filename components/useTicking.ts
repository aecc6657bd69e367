import { useEffect, useState } from 'react';

/**
 * The time, refreshed once a second while a timer runs (`since` is its
 * start) and never while it is paused. The ticks are aligned to whole seconds
 * of the running stretch, so the clock never skips or repeats a second. Only
 * the component that calls this re-renders on a tick, not the interview.
 */
export function useTicking(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      const intoSecond = (((t - since) % 1000) + 1000) % 1000;
      timer = setTimeout(tick, 1000 - intoSecond);
    };
    tick();
    return () => clearTimeout(timer);
  }, [since]);
  return now;
}
