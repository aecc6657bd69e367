/**
 * Issue 17 asks for the spread of figure 2 (list interactive) over five runs:
 * one run's median of a cold start per launch moves by 0.2–0.4× from run to
 * run on a shared machine, so one run says little. This repeats what
 * `npm run bench -- --only=2` measures, each time on freshly seeded profiles
 * as each bench run uses, and prints min – median – max of each ratio to the
 * floor page, with how many runs met the budget. Writes bench/spread.json.
 *
 *   node tests/bench/spread.ts [--no-build] [--runs=5] [--quick] [--strict]
 *
 * A run that breaks (a browser timing out) is reported and left out; with
 * `--strict` it also fails the command.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildAll, root } from './build.ts';
import { LIST_SCENARIOS, listBudgets, listLoads } from './figures.ts';
import { onSeedPage } from './measure.ts';
import { args, type Bench, log, RUNS, WARM } from './options.ts';
import { textTable } from './report.ts';
import { median, round } from './stats.ts';

const runs = Number([...args].find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);

/** One run: fresh profiles, figure 2's loads, each panel scenario's ratios to the floor page. */
async function oneRun(run: number): Promise<Record<string, { cold: number; warm: number }>> {
  const base = mkdtempSync(path.join(tmpdir(), 'ri-spread-'));
  try {
    const dirs = new Map<number, string>();
    const profile = async (count: number) => {
      const known = dirs.get(count);
      if (known) return known;
      const dir = path.join(base, `stored-${count}`);
      log(`run ${run}: seeding ${count} interviews`);
      await onSeedPage(dir, (page) => page.evaluate((n) => (globalThis as unknown as Bench).bench.seed(n), count));
      dirs.set(count, dir);
      return dir;
    };
    const times = await listLoads(profile);
    const floor = times.floor;
    if (!floor) throw new Error('no floor page loads');
    const ratios: Record<string, { cold: number; warm: number }> = {};
    for (const { name } of LIST_SCENARIOS.filter((s) => s.name !== 'floor')) {
      const t = times[name];
      if (!t) continue;
      ratios[name] = { cold: median(t.cold) / median(floor.cold), warm: median(t.warm) / median(floor.warm) };
    }
    return ratios;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

log(args.has('--no-build') ? 'building the bench pages' : 'building the extension and the bench pages');
await buildAll({ extension: !args.has('--no-build') });
const all: Record<string, { cold: number; warm: number }>[] = [];
const stopped: string[] = [];
for (let run = 1; run <= runs; run += 1) {
  try {
    all.push(await oneRun(run));
  } catch (error) {
    // As in `npm run bench`: a browser that times out on an overloaded machine is reported, not a failed build.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`\nRun ${run} stopped: ${message}\n`);
    stopped.push(`run ${run}: ${String(error).split('\n')[0]?.slice(0, 120)}`);
    if (args.has('--strict')) process.exitCode = 1;
  }
}

const budgets = listBudgets();
const head = ['figure 2, ratio to the floor page', 'min', 'median', 'max', 'budget', 'runs within'];
const body: string[][] = [];
const summary: Record<string, unknown> = {};
for (const { name } of LIST_SCENARIOS.filter((s) => s.name !== 'floor')) {
  for (const when of ['cold', 'warm'] as const) {
    const values = all.map((r) => r[name]?.[when] ?? Number.NaN).sort((a, b) => a - b);
    const max = budgets[name];
    const within = max === undefined ? undefined : values.filter((v) => v <= max).length;
    summary[`${name} ${when}`] = { ratios: values.map((v) => round(v, 3)), budget: max };
    body.push([
      `${Number(name).toLocaleString('en-US')} stored, ${when}`,
      `${round(values[0] ?? Number.NaN, 2)}×`,
      `${round(median(values), 2)}×`,
      `${round(values.at(-1) ?? Number.NaN, 2)}×`,
      max === undefined ? '' : `≤ ${max}×`,
      within === undefined ? '' : `${within} of ${values.length}`,
    ]);
  }
}
const out = textTable(head, body);
writeFileSync(
  path.join(root, 'bench/spread.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, loadAverage: loadavg() }, runs, launchesPerRun: RUNS, warmPerLaunch: WARM, figures: summary, stopped }, null, 2)}\n`,
);
const stops = stopped.length > 0 ? `\n${stopped.length} of ${runs} runs stopped early:\n${stopped.join('\n')}\n` : '';
process.stdout.write(
  `\n${out}\n${stops}\nOver ${all.length} runs, each a ratio of medians over ${RUNS} launches. Written to bench/spread.json.\n`,
);
