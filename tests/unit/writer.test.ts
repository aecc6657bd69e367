import { describe, expect, it, vi } from 'vitest';
import { createWriter } from '../../lib/store/writer';
import { type Deferred, deferred } from './support';

/** A writer whose writes wait until the test resolves or rejects them, one by one. */
function harness() {
  const writes: { value: string; done: Deferred<void> }[] = [];
  const onIdle = vi.fn();
  const onError = vi.fn();
  const writer = createWriter<string>({
    write(value) {
      const done = deferred();
      writes.push({ value, done });
      return done.promise;
    },
    onIdle,
    onError,
  });
  /** Resolves write number `i` and lets the writer's continuation run. */
  async function finish(i: number) {
    const write = writes[i];
    if (!write) throw new Error(`no write #${i}; writes: ${writes.map((w) => w.value).join(', ')}`);
    write.done.resolve();
    await flushMicrotasks();
  }
  async function fail(i: number, error: unknown) {
    const write = writes[i];
    if (!write) throw new Error(`no write #${i}`);
    write.done.reject(error);
    await flushMicrotasks();
  }
  const values = () => writes.map((w) => w.value);
  return { writer, writes, values, finish, fail, onIdle, onError };
}

async function flushMicrotasks() {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe('createWriter', () => {
  it('writes the first value at once', () => {
    const h = harness();
    h.writer.schedule('a', 'v1');
    expect(h.values()).toEqual(['v1']);
    expect(h.writer.busy()).toBe(true);
  });

  it.each([1, 2, 5, 50])(
    'with one write pending, %i more schedules cost exactly one more write, of the newest value',
    async (n) => {
      const h = harness();
      h.writer.schedule('a', 'v0');
      for (let i = 1; i <= n; i += 1) h.writer.schedule('a', `v${i}`);
      expect(h.values()).toEqual(['v0']);

      await h.finish(0);
      expect(h.values()).toEqual(['v0', `v${n}`]);
      expect(h.onIdle).not.toHaveBeenCalled();

      await h.finish(1);
      expect(h.values()).toHaveLength(2);
      expect(h.onIdle).toHaveBeenCalledTimes(1);
      expect(h.writer.busy()).toBe(false);
    },
  );

  it('keeps one write in flight per key, but different keys do not wait for each other', async () => {
    const h = harness();
    h.writer.schedule('a', 'a1');
    h.writer.schedule('b', 'b1');
    h.writer.schedule('a', 'a2');
    expect(h.values()).toEqual(['a1', 'b1']);

    await h.finish(1);
    expect(h.onIdle).not.toHaveBeenCalled();
    await h.finish(0);
    expect(h.values()).toEqual(['a1', 'b1', 'a2']);
    expect(h.onIdle).not.toHaveBeenCalled();
    await h.finish(2);
    expect(h.onIdle).toHaveBeenCalledTimes(1);
  });

  it('flush sends the queued value immediately, even while a write is in flight', async () => {
    const h = harness();
    h.writer.schedule('a', 'v1');
    h.writer.schedule('a', 'v2');
    h.writer.schedule('a', 'v3');
    h.writer.flush();
    expect(h.values()).toEqual(['v1', 'v3']);

    // The pump finds nothing left to send once its write completes.
    await h.finish(0);
    await h.finish(1);
    expect(h.values()).toEqual(['v1', 'v3']);
    expect(h.writer.busy()).toBe(false);
    expect(h.onIdle).toHaveBeenCalledTimes(1);
  });

  it('is not idle while a flushed write is still pending', async () => {
    const h = harness();
    h.writer.schedule('a', 'v1');
    h.writer.schedule('a', 'v2');
    h.writer.flush();

    await h.finish(0);
    expect(h.writer.busy()).toBe(true);
    expect(h.onIdle).not.toHaveBeenCalled();

    await h.finish(1);
    expect(h.writer.busy()).toBe(false);
    expect(h.onIdle).toHaveBeenCalledTimes(1);
  });

  it('flush with nothing queued writes nothing', () => {
    const h = harness();
    h.writer.flush();
    expect(h.values()).toEqual([]);
    expect(h.writer.busy()).toBe(false);
  });

  it('reports a failed flushed write', async () => {
    const h = harness();
    h.writer.schedule('a', 'v1');
    h.writer.schedule('a', 'v2');
    h.writer.flush();
    const error = new Error('quota');
    await h.fail(1, error);
    expect(h.onError).toHaveBeenCalledWith('a', error);
  });

  it('reports a failed write, does not call onIdle, and retries on the next schedule', async () => {
    const h = harness();
    h.writer.schedule('a', 'v1');
    const error = new Error('storage is full');
    await h.fail(0, error);
    expect(h.onError).toHaveBeenCalledExactlyOnceWith('a', error);
    expect(h.onIdle).not.toHaveBeenCalled();
    expect(h.writer.busy()).toBe(false);

    h.writer.schedule('a', 'v2');
    expect(h.values()).toEqual(['v1', 'v2']);
    await h.finish(1);
    expect(h.onIdle).toHaveBeenCalledTimes(1);
    expect(h.onError).toHaveBeenCalledTimes(1);
  });

  it('a value queued behind a failed write is sent with the next schedule, newest first', async () => {
    const h = harness();
    h.writer.schedule('a', 'v1');
    h.writer.schedule('a', 'v2');
    await h.fail(0, new Error('nope'));
    expect(h.values()).toEqual(['v1']);

    h.writer.schedule('a', 'v3');
    expect(h.values()).toEqual(['v1', 'v3']);
    await h.finish(1);
    expect(h.values()).toEqual(['v1', 'v3']);
    expect(h.onIdle).toHaveBeenCalledTimes(1);
  });
});

describe('createWriter with pace (the panel waits for the next frame before each write)', () => {
  function paced() {
    const writes: string[] = [];
    const frames: Deferred<void>[] = [];
    const onIdle = vi.fn();
    const writer = createWriter<string>({
      write: async (value) => {
        writes.push(value);
      },
      pace: () => {
        const frame = deferred();
        frames.push(frame);
        return frame.promise;
      },
      onIdle,
      onError: vi.fn(),
    });
    async function frame(i: number) {
      const f = frames[i];
      if (!f) throw new Error(`no frame #${i}`);
      f.resolve();
      await flushMicrotasks();
    }
    return { writer, writes, frames, frame, onIdle };
  }

  it('writes nothing before the frame, then only the newest value typed meanwhile', async () => {
    const h = paced();
    h.writer.schedule('a', 'v1');
    h.writer.schedule('a', 'v2');
    h.writer.schedule('a', 'v3');
    expect(h.writes).toEqual([]);
    expect(h.writer.busy()).toBe(true);
    await h.frame(0);
    expect(h.writes).toEqual(['v3']);
    // One more frame finds nothing queued: idle.
    await h.frame(1);
    expect(h.writes).toEqual(['v3']);
    expect(h.onIdle).toHaveBeenCalledTimes(1);
    expect(h.writer.busy()).toBe(false);
  });

  it('flush does not wait for the frame, and the pump does not write the value again', async () => {
    const h = paced();
    h.writer.schedule('a', 'v1');
    h.writer.flush();
    expect(h.writes).toEqual(['v1']);
    await h.frame(0);
    expect(h.writes).toEqual(['v1']);
    expect(h.writer.busy()).toBe(false);
  });
});
