/**
 * Chromium as a process the test owns: spawned with the harness's switches
 * and a remote-debugging port, reached with `connectOverCDP`, and killed
 * with SIGKILL — a crash, with no chance to flush or say goodbye. Playwright's
 * own launcher would close the browser politely, which is not the test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Worker } from 'playwright-core';
import { chromiumPath, chromiumSwitches } from './harness';

export interface Running {
  pid: number;
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  url(file: string): string;
  /** The extension's service worker, to read storage the way the extension sees it. */
  worker(): Promise<Worker>;
}

export function profileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ri-e2e-kill-'));
}

const live = new Set<ChildProcess>();

/** Starts Chromium on `userDataDir` (a new or a reused profile) and connects to it. */
export async function start(userDataDir: string): Promise<Running> {
  const portFile = path.join(userDataDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(
    chromiumPath,
    [
      ...chromiumSwitches(),
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      '--window-size=360,800',
      'about:blank',
    ],
    // Its own process group, so the renderers it leaves behind can be cleaned up after the kill.
    { detached: true, stdio: 'ignore' },
  );
  live.add(child);
  child.on('exit', () => live.delete(child));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${chromiumPath}`);

  const port = await poll(() => (existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n')[0] || null : null), 15_000);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default browser context over CDP');
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  const origin = `chrome-extension://${extensionId}/`;
  return {
    pid,
    browser,
    context,
    extensionId,
    url: (file) => `${origin}${file}`,
    async worker() {
      const w = context.serviceWorkers().find((sw) => sw.url().startsWith(origin));
      return w ?? context.waitForEvent('serviceworker', { predicate: (sw) => sw.url().startsWith(origin) });
    },
  };
}

/** SIGKILL to the browser process, then to anything it left in its group; resolves when it is gone. */
export async function kill(running: Running): Promise<void> {
  const child = [...live].find((c) => c.pid === running.pid);
  const exited = child && child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once('exit', r)) : null;
  process.kill(running.pid, 'SIGKILL');
  await exited;
  try {
    process.kill(-running.pid, 'SIGKILL');
  } catch {
    // The group is already empty.
  }
  // Nothing to close politely: the connection died with the browser.
  await running.browser.close().catch(() => undefined);
}

/** Closes whatever is still running (after a failed test). */
export function killAll(): void {
  for (const child of live) {
    if (child.pid === undefined) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

async function poll<T>(read: () => T | null, timeout: number): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
