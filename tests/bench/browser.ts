/**
 * Debian Chromium with the bench copy of the extension, on a profile that
 * outlives the browser: seeding happens once, and every later launch is a
 * cold start over the same stored data. Same switches as the e2e harness.
 */
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { benchExtension } from './build.ts';

export interface Browser {
  context: BrowserContext;
  /** `chrome-extension://<id>/<file>` */
  url(file: string): string;
  /** A fresh tab, so the measured page is the only extension page open. */
  page(): Promise<Page>;
  close(): Promise<void>;
}

/** `extraArgs`: more command-line switches (tests/bench/first-call.ts adds a start-up trace). */
export async function launch(userDataDir: string, extraArgs: readonly string[] = []): Promise<Browser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    timeout: 120_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${benchExtension}`,
      `--load-extension=${benchExtension}`,
      ...extraArgs,
    ],
    viewport: { width: 360, height: 800 },
  });
  context.setDefaultTimeout(120_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 120_000 }));
  const origin = `chrome-extension://${new URL(worker.url()).host}/`;
  // Let the service worker finish starting before anything is timed.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    context,
    url: (file) => `${origin}${file}`,
    page: () => context.newPage(),
    close: () => context.close(),
  };
}
