/**
 * Launches headless Debian Chromium with the BUILT extension (.output/chrome-mv3)
 * in a fresh profile, and gives tests the extension id, panel pages, direct
 * access to `storage.local`, and every error the extension's pages logged.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { decodeIndexEntries, registry } from '../../lib/storage/registry';
import { readVersioned } from '../../lib/storage/versioned';

/** The built extension; `EXTENSION_PATH` points the tests at another build. */
export const extensionPath = path.resolve(
  process.env.EXTENSION_PATH ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url)),
);

/** Where a failed test leaves screenshots of its pages and its error log (git-ignored). */
export const artifactsPath = fileURLToPath(new URL('./.artifacts', import.meta.url));

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The switches every test's Chromium gets: quiet, offline, only our built extension. Shared with tests/e2e/process.ts. */
export function chromiumSwitches(extension = extensionPath): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ];
}

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. `--remote-debugging-port=0`. */
  args?: string[];
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** `chrome-extension://<id>/<file>` */
  url(file: string): string;
  /** A new tab showing sidepanel.html, loaded. */
  openPanel(): Promise<Page>;
  /** The extension's service worker (started again if Chromium stopped it). */
  worker(): Promise<Worker>;
  storage: {
    read(): Promise<Record<string, unknown>>;
    write(items: Record<string, unknown>): Promise<void>;
    clear(): Promise<void>;
  };
  /** Uncaught exceptions, console errors, crashes and dialogs in the extension's pages and worker. */
  errors: string[];
  /** Closes the browser and deletes the profile. Given a failed test's name, first saves its pages under `.artifacts`. */
  close(failedTest?: string): Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`The built extension is missing at ${extensionPath}: run \`npm run build\` before \`npm run test:e2e\`.`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'ri-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumSwitches(), ...(options.args ?? [])],
      viewport: { width: 360, height: 800 },
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const errors: string[] = [];
  let closed = false;
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.stack ?? error.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: console.error ${m.text()}`);
    });
    page.on('crash', () => errors.push(`${page.url()}: crashed`));
    page.on('dialog', (dialog) => {
      errors.push(`${page.url()}: dialog ${dialog.type()} "${dialog.message()}"`);
      void dialog.dismiss();
    });
  };
  const watchWorker = (worker: Worker) => {
    worker.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${worker.url()}: console.error ${m.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}/`;

  /** The extension's service worker (started again if Chromium stopped it). */
  async function backgroundWorker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(origin));
    return live ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin) });
  }

  return {
    context,
    extensionId,
    userDataDir,
    url: (file) => `${origin}${file}`,
    worker: backgroundWorker,
    async openPanel() {
      const page = await context.newPage();
      await page.goto(`${origin}sidepanel.html`);
      return page;
    },
    storage: {
      read: async () => (await backgroundWorker()).evaluate(() => chrome.storage.local.get(null)),
      write: async (items) => (await backgroundWorker()).evaluate((i) => chrome.storage.local.set(i), items),
      clear: async () => (await backgroundWorker()).evaluate(() => chrome.storage.local.clear()),
    },
    errors,
    async close(failedTest) {
      if (closed) return;
      closed = true;
      try {
        if (failedTest) await saveArtifacts(context, errors, failedTest);
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

async function saveArtifacts(context: BrowserContext, errors: string[], test: string): Promise<void> {
  const stem = path.join(artifactsPath, test.replace(/[^\w-]+/g, '-').slice(0, 80));
  mkdirSync(artifactsPath, { recursive: true });
  writeFileSync(`${stem}.errors.txt`, errors.join('\n'));
  for (const [i, page] of context.pages().entries()) {
    await page.screenshot({ path: `${stem}.page-${i}.png`, fullPage: true, timeout: 5_000 }).catch(() => undefined);
  }
}

declare const chrome: {
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

/** The index entries by id in what `storage.read()` returned, whatever index version is stored. */
export function indexEntries(items: Record<string, unknown>): Record<string, unknown> {
  const read = readVersioned(registry.index, items[registry.index.key]);
  if (read.kind === 'invalid') throw new Error(`the stored index is unreadable: ${read.reasons.join('; ')}`);
  return decodeIndexEntries(read.value);
}
