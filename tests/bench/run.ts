/**
 * `npm run bench`: builds the extension and the floor page, measures the seven
 * figures of issue 7 and Insights' first chart (issue 20, figure 8) in Debian
 * Chromium, prints one table and writes bench/results.json. Fails (exit 1)
 * only when the side panel's JavaScript grows past the CI ceiling in
 * bench/budgets.json: sizes are deterministic, timings on a shared machine
 * are reported, not enforced.
 *
 *   node tests/bench/run.ts [--no-build] [--sizes-only] [--quick] [--only=2,4] [--strict]
 *
 * `--strict` also fails when a timing scenario breaks (a timeout, a missing
 * control); without it such a break is reported in the table and results.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { benchExtension, buildAll, builtExtension, root } from './build.ts';
import { firstWrites, listInteractive, ONE_KEY_METHOD, typing } from './figures.ts';
import { FLOOR, heapAfterGc, type LoadTimes, loads, OPTIONS, onSeedPage, openTimes, PANEL } from './measure.ts';
import { args, type Bench, budget, log, quick, RUNS, results, rows, started, WARM, want } from './options.ts';
import { limitRow, ratioRow, table } from './report.ts';
import { pageJs, total } from './sizes.ts';
import { median } from './stats.ts';

log(args.has('--no-build') ? 'building the bench pages' : 'building the extension and the bench pages');
await buildAll({ extension: !args.has('--no-build') });

// Figure 1: sizes.
// All the JavaScript the panel can ever run (what it loads when first needed included), and what it loads
// before the list is interactive (issue 17: the page's scripts and their static imports).
const panelJs = pageJs(builtExtension, 'sidepanel.html', { lazy: true });
const initialJs = pageJs(builtExtension, 'sidepanel.html');
const floorJs = pageJs(benchExtension, FLOOR);
rows.push(ratioRow('1. Side-panel JS, gzip', 'B', total(panelJs), total(floorJs), budget('sidePanelJsRatio')));
rows.push(ratioRow('1. Initial JS, gzip', 'B', total(initialJs), total(floorJs), budget('initialJsRatio')));
for (const chunk of panelJs) rows.push({ figure: `1. chunk ${chunk.file}`, unit: 'B', value: chunk.gzip });
const ceiling = budget('sizeCeilingGzipBytes');
rows.push({ ...limitRow('1. CI ceiling for regressions', 'B', total(panelJs), ceiling), enforced: true });
Object.assign(results, {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, loadAverage: loadavg() },
  sizes: { panel: panelJs, initial: initialJs, floor: floorJs },
});

if (!args.has('--sizes-only')) {
  try {
    await timings();
  } catch (error) {
    // A browser that times out on an overloaded machine must not fail CI
    // (only the size ceiling does), but the table and results.json say so.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`\nTimings stopped: ${message}\n`);
    results.timingError = message;
    rows.push({ figure: `Timings stopped early: ${String(error).split('\n')[0]?.slice(0, 80)}`, unit: '', value: Number.NaN });
    if (args.has('--strict')) process.exitCode = 1;
  }
}

results.rows = rows;
results.seconds = Math.round((Date.now() - started) / 1000);
mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\n${table(rows)}\n\nWritten to bench/results.json in ${results.seconds} s.\n`);
if (total(panelJs) > ceiling) {
  process.stderr.write(
    `\nSide-panel JS is ${total(panelJs)} B gzip, over the CI ceiling of ${ceiling} B (bench/budgets.json).\n` +
      'Find what grew (the per-chunk rows above) before raising the ceiling.\n',
  );
  process.exitCode = 1;
}

async function timings(): Promise<void> {
  const base = mkdtempSync(path.join(tmpdir(), 'ri-bench-'));
  const profiles = new Map<number, string>();
  const seeded: Record<number, { largestBytes: number; totalBytes: number }> = {};
  const oneKey: Record<number, { stored: number; bytes: number[]; ms: number[] }> = {};
  let summaries: Record<string, { firstMs: number; medianMs: number; chars: number }> = {};
  /** A browser profile holding `count` interviews, seeded through the extension's repository on first use. */
  const profile = async (count: number): Promise<string> => {
    const known = profiles.get(count);
    if (known) return known;
    const dir = path.join(base, `stored-${count}`);
    log(`seeding ${count} interviews`);
    await onSeedPage(dir, async (page) => {
      seeded[count] = await page.evaluate((n) => (globalThis as unknown as Bench).bench.seed(n), count);
      // A one-key layout's writes, on the same data, set directly from this page (3 writes: at 2,000 each one
      // takes up to seconds). Not typed in a panel: see ONE_KEY_METHOD.
      if ((count === 1 || count === 2000) && want(5)) {
        oneKey[count] = await page.evaluate(() => (globalThis as unknown as Bench).bench.oneKeyLayout(3));
      }
      // Figure 7 needs no stored data, only the page: saves a browser launch.
      if (count === 0 && want(7)) summaries = await page.evaluate(() => (globalThis as unknown as Bench).bench.summaries(25));
    });
    profiles.set(count, dir);
    return dir;
  };
  try {
    if (want(2)) await listInteractive(profile);
    if (want(3)) {
      log('opening the largest interview at step 3');
      const open = await openTimes(await profile(2000), RUNS);
      results.open = open;
      rows.push(
        limitRow('3. Open interview → step 3 shown (2,000 stored)', 'ms', median(open), budget('openStep3Ms'), ' (ours)'),
      );
    }
    if (want(4) || want(5)) await typing(profile, seeded, oneKey);
    if (want(5)) await firstWrites(profile);
    if (want(6)) {
      log('heap after GC: floor and panel with 2,000 stored');
      const heap = { floor: [] as number[], panel: [] as number[] };
      for (let r = 0; r < (quick ? 1 : 3); r += 1) {
        heap.floor.push(await heapAfterGc(await profile(0), FLOOR, false));
        heap.panel.push(await heapAfterGc(await profile(2000), PANEL, true));
      }
      results.heap = heap;
      rows.push(
        ratioRow('6. JS heap after GC (2,000 stored)', 'MB', median(heap.panel), median(heap.floor), budget('heapRatio')),
      );
    }
    if (want(7)) {
      await profile(0);
      results.summaries = summaries;
      for (const [id, s] of Object.entries(summaries)) {
        rows.push(limitRow(`7. Summary, largest interview: ${id}`, 'ms', s.medianMs, budget('summaryRenderMs'), ' (ours)'));
      }
    }
    if (want(8)) {
      // Issue 20: the options page opened with 2,000 stored, until Insights has read every record and drawn its first chart.
      const insights: LoadTimes = { cold: [], warm: [] };
      for (let r = 0; r < RUNS; r += 1) {
        log(`Insights, first chart with 2,000 stored, launch ${r + 1} of ${RUNS}`);
        const t = await loads(await profile(2000), OPTIONS, 'svg.bar-chart', WARM);
        insights.cold.push(...t.cold);
        insights.warm.push(...t.warm);
      }
      results.insights = insights;
      const max = budget('insightsFirstChartMs');
      rows.push(limitRow('8. Insights: first chart (2,000 stored), cold', 'ms', median(insights.cold), max));
      rows.push(limitRow('8. Insights: first chart (2,000 stored), warm', 'ms', median(insights.warm), max));
    }
    Object.assign(results, {
      runs: { launchesPerScenario: RUNS, warmPerLaunch: WARM },
      seeded,
      ...(want(5) ? { oneKeyLayout: { method: ONE_KEY_METHOD, ...oneKey } } : {}),
    });
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
