import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createInterview, type FieldValue, type Interview, InterviewSchema, setField } from '../../../lib/interview';
import { reverseInterview } from '../../../lib/script';
import { decodeIndexEntries, IndexSchema, interviewKey } from '../../../lib/storage/registry';

/** Narrows away `undefined` (noUncheckedIndexedAccess) and fails loudly instead of a later TypeError. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be present`);
  return value;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every queued promise callback (and the storage events they cause) run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** 3 November 2026, noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11. */
export const CREATED_AT = Date.UTC(2026, 10, 3, 12, 0, 0);

/** The id `newInterview` and `makePanel` (./panel) give an interview unless told otherwise. */
export const ID = 'interview-1';

export function newInterview(
  overrides: Partial<{ id: string; candidate: string; role: string; atsLink: string }> = {},
  t = CREATED_AT,
): Interview {
  return createInterview(
    { id: ID, candidate: 'Ada Lovelace', role: 'Staff engineer', atsLink: '', ...overrides },
    reverseInterview,
    t,
  );
}

/** Applies several field writes with increasing stamps. */
export function withFields(interview: Interview, values: Record<string, FieldValue>, t = CREATED_AT + 1000): Interview {
  let next = interview;
  let stamp = t;
  for (const [key, value] of Object.entries(values)) {
    next = setField(next, key, value, stamp);
    stamp += 1;
  }
  return next;
}

/**
 * fakeBrowser's `storage.local.getKeys` throws "not implemented"; Chrome 130+
 * has it and the repository uses it to list interview keys. Call after
 * `fakeBrowser.reset()`; `restoreMocks` undoes it after each test.
 */
export function implementGetKeys() {
  return vi
    .spyOn(fakeBrowser.storage.local, 'getKeys')
    .mockImplementation(async () => Object.keys(await fakeBrowser.storage.local.get(null)));
}

/** The value stored under `key` in the fake `storage.local`, as it is. */
export async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

/** The interview stored under `id` in the fake `storage.local`, parsed (throws if it is missing or invalid). */
export async function storedInterview(id = ID): Promise<Interview> {
  return InterviewSchema.parse(await stored(interviewKey(id)));
}

/** The stored index with its entries decoded (v3 keeps them as JSON text); anything else as it is stored. */
export async function storedIndex(): Promise<unknown> {
  const raw = await stored('index');
  const v3 = IndexSchema.safeParse(raw);
  return v3.success ? { schema: 3, entries: decodeIndexEntries(v3.data) } : raw;
}
