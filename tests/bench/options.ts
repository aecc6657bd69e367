/** The bench's command line, budgets, progress log, and the table and results being filled. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './build.ts';
import type { Row } from './report.ts';

export const args = new Set(process.argv.slice(2));
export const quick = args.has('--quick');
/** `--only=2,4`: just those figures (size, figure 1, is always measured). */
export const only = new Set(
  [...args]
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',')
    .map(Number) ?? [],
);
export const want = (figure: number) => only.size === 0 || only.has(figure);
/**
 * Browser launches per load scenario (each gives one cold and WARM warm loads).
 * 11, not the minimum of 7: on this shared 2-core machine a median of 7
 * moved a ratio by 0.3 from run to run.
 */
export const RUNS = quick ? 2 : 11;
export const WARM = 2;
export const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')) as Record<string, number>;
export const budget = (name: string): number => {
  const value = budgets[name];
  if (typeof value !== 'number') throw new Error(`bench/budgets.json lacks ${name}`);
  return value;
};
export const started = Date.now();
export const log = (message: string) =>
  process.stderr.write(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${message}\n`);

/** The table, in order. */
export const rows: Row[] = [];
/** Everything measured, raw, for bench/results.json. */
export const results: Record<string, unknown> = {};

/** The bench's API on the seeding page (tests/bench/pages/seed.ts). */
export interface Bench {
  bench: {
    seed(n: number): Promise<{ count: number; largestBytes: number; totalBytes: number }>;
    oneKeyLayout(writes: number): Promise<{ stored: number; bytes: number[]; ms: number[] }>;
    summaries(runs: number): Record<string, { firstMs: number; medianMs: number; chars: number }>;
  };
}
