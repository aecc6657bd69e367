/**
 * Why the first write of a browser session is slow with many interviews
 * stored (figure 5, "at once"; issue 19, item 6). Run on a build:
 *
 *   node tests/bench/first-call.ts [--rounds=3] [--no-trace]
 *
 * 1. With 1 and with 2,000 interviews stored, launches the browser and, from
 *    a page that uses no storage of its own, times the session's first call
 *    of one kind (a write, a read of one key, listing the keys, the bytes in
 *    use), then the two writes after it. Rounds interleave kinds and counts.
 * 2. Records Chrome's start-up trace of figure 5's scenario (a panel opened
 *    at once, the largest interview opened, one character typed) with 2,000
 *    stored, and lists every task the browser ran for `chrome.storage`: when,
 *    how long, its CPU time, and its time blocked on the disk.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from './browser.ts';
import { buildAll } from './build.ts';
import { firstWrite, onSeedPage, TEXTAREA } from './measure.ts';
import { args, type Bench, log } from './options.ts';
import { median, round } from './stats.ts';

const rounds = Number([...args].find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const COUNTS = [1, 2000] as const;
const KINDS = ['set', 'get', 'getKeys', 'getBytesInUse'] as const;
type Kind = (typeof KINDS)[number];

/** Runs in the page: the first storage call of `kind`, then two writes; ms each. */
async function firstCalls(kind: Kind): Promise<number[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the page's own chrome.* typing is not available here.
  const local = (globalThis as any).chrome.storage.local;
  const calls: Record<Kind, () => Promise<unknown>> = {
    set: () => local.set({ 'bench-probe': 0 }),
    get: () => local.get('settings'),
    getKeys: () => local.getKeys(),
    getBytesInUse: () => local.getBytesInUse(null),
  };
  const out: number[] = [];
  for (const call of [calls[kind], () => local.set({ 'bench-probe': 1 }), () => local.set({ 'bench-probe': 2 })]) {
    const t0 = performance.now();
    await call();
    out.push(performance.now() - t0);
  }
  await local.remove('bench-probe');
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { src_file?: string; src_func?: string };
}

/** Each task Chrome ran for `chrome.storage` (posted from extensions/browser/api/storage/): ms from the trace's start. */
function storageTasks(events: TraceEvent[]): { atMs: number; wallMs: number; cpuMs: number; ioMs: number; from: string }[] {
  const start = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  return events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadPool_RunTask' && e.args?.src_file?.includes('api/storage/'))
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const io = events
        .filter(
          (e) => e.name === 'ScopedBlockingCall' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end,
        )
        .reduce((sum, e) => sum + (e.dur ?? 0), 0);
      return {
        atMs: round((task.ts - start) / 1000, 0),
        wallMs: round((task.dur ?? 0) / 1000),
        cpuMs: round((task.tdur ?? 0) / 1000),
        ioMs: round(io / 1000),
        from: task.args?.src_func ?? '',
      };
    });
}

await buildAll({ extension: false });
const base = mkdtempSync(path.join(tmpdir(), 'ri-first-call-'));
try {
  const dirs = new Map<number, string>();
  for (const count of COUNTS) {
    const dir = path.join(base, `stored-${count}`);
    log(`seeding ${count} interviews`);
    await onSeedPage(dir, (page) => page.evaluate((n) => (globalThis as unknown as Bench).bench.seed(n), count));
    dirs.set(count, dir);
  }

  const samples = new Map<string, number[][]>();
  for (let r = 0; r < rounds; r += 1) {
    log(`first calls, round ${r + 1} of ${rounds}`);
    for (const kind of KINDS) {
      for (const count of COUNTS) {
        const browser = await launch(dirs.get(count) as string);
        try {
          const page = await browser.page();
          await page.goto(browser.url(TEXTAREA));
          const key = `${kind} ${count}`;
          samples.set(key, [...(samples.get(key) ?? []), await page.evaluate(firstCalls, kind)]);
        } finally {
          await browser.close();
        }
      }
    }
  }
  const cell = (kind: Kind, count: number, call: number) =>
    `${round(median((samples.get(`${kind} ${count}`) ?? []).map((s) => s[call] ?? Number.NaN)))} ms`;
  process.stdout.write(`\nFirst storage call of a browser session, from a page (median of ${rounds} launches)\n`);
  process.stdout.write('| first call    | 1 stored | 2,000 stored | next write, 1 | next write, 2,000 |\n');
  process.stdout.write('| ------------- | -------- | ------------ | ------------- | ----------------- |\n');
  for (const kind of KINDS) {
    process.stdout.write(
      `| ${kind.padEnd(13)} | ${cell(kind, 1, 0).padEnd(8)} | ${cell(kind, 2000, 0).padEnd(12)} | ${cell(kind, 1, 1).padEnd(13)} | ${cell(kind, 2000, 1).padEnd(17)} |\n`,
    );
  }

  if (!args.has('--no-trace')) {
    const file = path.join(base, 'trace.json');
    log('tracing a panel opened at once, one character typed, 2,000 stored');
    const seconds = 15;
    const write = await firstWrite(dirs.get(2000) as string, 0, {
      extraArgs: [
        '--trace-startup=toplevel,base,leveldb',
        '--trace-startup-format=json',
        `--trace-startup-file=${file}`,
        `--trace-startup-duration=${seconds}`,
      ],
      // Chrome writes the trace when the duration ends.
      beforeClose: async () => {
        const deadline = Date.now() + (seconds + 30) * 1000;
        while (!existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
        await new Promise((resolve) => setTimeout(resolve, 1000));
      },
    });
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    process.stdout.write(
      `\nStorage tasks in the browser, key typed ${write.atMs} ms after launch, its write took ${round(write.ms)} ms in the page\n`,
    );
    process.stdout.write('| at (trace) | wall     | CPU      | disk wait | posted from     |\n');
    process.stdout.write('| ---------- | -------- | -------- | --------- | --------------- |\n');
    for (const t of storageTasks(events)) {
      if (t.wallMs < 0.5) continue;
      process.stdout.write(
        `| ${`${t.atMs} ms`.padEnd(10)} | ${`${t.wallMs} ms`.padEnd(8)} | ${`${t.cpuMs} ms`.padEnd(8)} | ${`${t.ioMs} ms`.padEnd(9)} | ${t.from.padEnd(15)} |\n`,
      );
    }
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
