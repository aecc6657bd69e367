/**
 * The Firefox sources zip rebuilds the same add-on (issue 19, item 8): what an
 * addons.mozilla.org reviewer does, per docs/sources.md. Extracts
 * `.output/<name>-<version>-sources.zip` into an empty directory, runs
 * `npm ci` and `npm run build-for-amo` there, and compares every file of the
 * result with `.output/firefox-mv3`, byte for byte. Exits 1 on any difference
 * (and keeps the directory to look at), 0 when they are identical.
 *
 * `npm run test:sources`, after `npm run build:firefox` (part of `npm test`).
 * It needs the npm registry (or npm's cache) for `npm ci` and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzip } from './unzip.ts';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const sources = path.join(root, '.output', `${pkg.name}-${pkg.version}-sources.zip`);
const built = path.join(root, '.output', 'firefox-mv3');
if (!existsSync(sources) || !existsSync(built)) {
  console.error(`Missing ${path.relative(root, sources)} or .output/firefox-mv3: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), 'ri-sources-'));
console.log(`Sources: ${path.relative(root, sources)} → ${dir} (${unzip(sources, dir).length} files)`);

// A reviewer's shell: none of this checkout's npm variables or node_modules/.bin on the PATH.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
env.PATH = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((entry) => !entry.includes(`${path.sep}node_modules${path.sep}.bin`))
  .join(path.delimiter);

for (const args of [
  // --prefer-offline: what the lock file names, from npm's cache when it has it (CI's own `npm ci` just filled it).
  ['ci', '--no-audit', '--no-fund', '--prefer-offline'],
  ['run', 'build-for-amo'],
]) {
  const started = Date.now();
  const run = spawnSync('npm', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  console.log(
    `npm ${args.join(' ')}: ${run.status === 0 ? 'done' : `failed (${run.status ?? run.signal})`} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error(`Kept for a look: ${dir}`);
    process.exit(1);
  }
}

const rebuilt = path.join(dir, '.output', 'firefox-mv3');
const differences = compare(built, rebuilt);
if (differences.length > 0) {
  console.error(`The rebuild differs from .output/firefox-mv3:\n${differences.map((d) => `  ${d}`).join('\n')}`);
  console.error(`Kept for a look: ${dir}`);
  process.exit(1);
}
const files = listFiles(built);
console.log(
  `Byte-identical: ${files.length} files, ${files.reduce((sum, f) => sum + statSync(path.join(built, f)).size, 0)} bytes.`,
);
rmSync(dir, { recursive: true, force: true });

/** Every file under `base`, relative, sorted. */
function listFiles(base: string): string[] {
  return (readdirSync(base, { recursive: true }) as string[])
    .filter((f) => statSync(path.join(base, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** What differs between two trees: files only in one, and files whose bytes differ (with both hashes). */
function compare(expected: string, actual: string): string[] {
  const a = listFiles(expected);
  const b = listFiles(actual);
  const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  return [
    ...a.filter((f) => !b.includes(f)).map((f) => `missing from the rebuild: ${f}`),
    ...b.filter((f) => !a.includes(f)).map((f) => `only in the rebuild: ${f}`),
    ...a
      .filter((f) => b.includes(f))
      .flatMap((f) => {
        const [x, y] = [hash(path.join(expected, f)), hash(path.join(actual, f))];
        return x === y ? [] : [`differs: ${f} (${x} built, ${y} rebuilt)`];
      }),
  ];
}
