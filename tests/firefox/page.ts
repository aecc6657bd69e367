/**
 * Running script in a Firefox browsing context over BiDi (a tab, or the
 * browser's own window), and retrying a check until it passes.
 */
import { vi } from 'vitest';
import type { Firefox } from './bidi';

/**
 * Retries until it passes. Generous: Firefox shares two cores with Chromium
 * runs, and vi.waitFor's own default (1 s) fails under that load.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 30_000, interval: 250 });
}

/** Runs an async function body in a browsing context (a tab, or the browser's own window) and returns its JSON result. */
export async function evaluate<T>(ff: Firefox, context: string, body: string): Promise<T> {
  const reply = await ff.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>(
    'script.evaluate',
    {
      expression: `(async () => JSON.stringify(await (async () => { ${body} })()))()`,
      target: { context },
      awaitPromise: true,
    },
  );
  if (reply.type !== 'success') throw new Error(`in page: ${reply.exceptionDetails?.text}`);
  return JSON.parse(reply.result?.value ?? 'null') as T;
}
