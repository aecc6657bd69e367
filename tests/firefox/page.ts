/**
 * Driving a page in Firefox over BiDi with small script snippets: Firefox's
 * BiDi has no accessibility locators, so the snippets find controls by their
 * visible text or label, as a user reads them.
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

/** A snippet: the element with this tag whose text is exactly `text`. */
export const byText = (tag: string, text: string) =>
  `[...document.querySelectorAll(${JSON.stringify(tag)})].find((el) => el.textContent.trim() === ${JSON.stringify(text)})`;

/** A snippet: types `value` into the input labelled `label` (aria-labelledby), the way React sees typing. */
export const typeInto = (label: string, value: string) => `
  const input = [...document.querySelectorAll('input')].find((i) =>
    document.getElementById(i.getAttribute('aria-labelledby') ?? '')?.textContent === ${JSON.stringify(label)});
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
`;

/** A snippet: the first h1's text. */
export const heading = `return document.querySelector('h1')?.textContent;`;
