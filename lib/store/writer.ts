/**
 * Saves every change without a timer: one write in flight per key, and the
 * newest value queued behind it. Typing faster than storage answers costs one
 * write per round trip, never one per keystroke, and nothing waits on a
 * debounce when the page closes (`flush`).
 */
export interface Writer<T> {
  schedule(key: string, value: T): void;
  /** Sends every queued value now, without waiting for writes in flight. */
  flush(): void;
  /** True while something is queued or in flight. */
  busy(): boolean;
  /** Drops queued values (everything was erased on purpose). */
  discard(): void;
}

export interface WriterHooks<T> {
  write(value: T): Promise<void>;
  /**
   * Awaited before each write the pump starts (not by `flush`). The panel
   * waits for the next frame here, so a keystroke's pixels come before the
   * write's serialisation, and the keystrokes typed meanwhile go out in
   * that one write (issue 7: keystroke p95 in `npm run bench`).
   */
  pace?(): Promise<void>;
  /** Every queued value has been written and nothing is in flight. */
  onIdle(): void;
  onError(key: string, error: unknown): void;
}

export function createWriter<T>(hooks: WriterHooks<T>): Writer<T> {
  const queued = new Map<string, T>();
  const inFlight = new Set<string>();
  /** Writes sent by `flush`, outside the pump: the writer is not idle until they land. */
  let flushing = 0;

  function idleCheck() {
    if (queued.size === 0 && inFlight.size === 0 && flushing === 0) hooks.onIdle();
  }

  async function pump(key: string): Promise<void> {
    inFlight.add(key);
    try {
      for (;;) {
        if (hooks.pace) await hooks.pace().catch(() => undefined);
        // `flush` or `discard` may have emptied the queue while we waited.
        const value = queued.get(key);
        if (value === undefined) break;
        queued.delete(key);
        try {
          await hooks.write(value);
        } catch (error) {
          // The text stays in the page; the next change tries again.
          hooks.onError(key, error);
          return;
        }
      }
    } finally {
      inFlight.delete(key);
    }
    idleCheck();
  }

  return {
    schedule(key, value) {
      queued.set(key, value);
      if (!inFlight.has(key)) void pump(key);
    },
    flush() {
      for (const [key, value] of queued) {
        queued.delete(key);
        flushing += 1;
        hooks.write(value).then(
          () => {
            flushing -= 1;
            idleCheck();
          },
          (error: unknown) => {
            flushing -= 1;
            hooks.onError(key, error);
          },
        );
      }
    },
    busy: () => queued.size > 0 || inFlight.size > 0 || flushing > 0,
    discard: () => queued.clear(),
  };
}
