import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WARM_UP_DELAY_MS, warmStorageAccounting, wireStorageWarmUp } from '../../lib/platform/storage-warm-up';

describe('warmStorageAccounting', () => {
  it('asks for the bytes of the whole area (null: every key), which makes Chrome count them', async () => {
    const getBytesInUse = vi.fn(async (_keys: null) => 5_846_946);
    expect(await warmStorageAccounting({ getBytesInUse })).toBe(5_846_946);
    expect(getBytesInUse.mock.calls).toEqual([[null]]);
  });

  it('does nothing where the browser has no such call', async () => {
    expect(await warmStorageAccounting({})).toBeNull();
  });

  it('passes a refusal on to its caller', async () => {
    await expect(warmStorageAccounting({ getBytesInUse: () => Promise.reject(new Error('nope')) })).rejects.toThrow('nope');
  });
});

describe('wireStorageWarmUp', () => {
  const local = fakeBrowser.storage.local as unknown as { getBytesInUse?: (keys: null) => Promise<number> };
  let calls: unknown[][];

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    calls = [];
    local.getBytesInUse = async (...args: [null]) => {
      calls.push(args);
      return 0;
    };
  });
  afterEach(() => {
    vi.useRealTimers();
    delete local.getBytesInUse;
  });

  it('counts once, a few seconds after the browser starts, not before', async () => {
    wireStorageWarmUp();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.advanceTimersByTimeAsync(WARM_UP_DELAY_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([[null]]);
  });

  it('counts after an install or update too, and only once when both events come', async () => {
    wireStorageWarmUp(100);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([[null]]);
  });

  it('does nothing until an event comes: a worker woken for a save does not count again', async () => {
    wireStorageWarmUp(100);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([]);
  });

  it('a refused count is a warning, not an error or an unhandled rejection', async () => {
    local.getBytesInUse = () => Promise.reject(new Error('storage is gone'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      wireStorageWarmUp(100);
      await fakeBrowser.runtime.onStartup.trigger();
      await vi.advanceTimersByTimeAsync(100);
      expect(warn).toHaveBeenCalledWith('Reverse Interview: storage warm-up failed', expect.any(Error));
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
