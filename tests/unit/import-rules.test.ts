import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of docs/architecture.md, read from the source files'
 * own imports (static, re-exports and dynamic `import()`):
 * - `lib/` never imports React, `components/` or `entrypoints/`, and only
 *   `lib/platform/` touches the browser (`wxt/browser` and the rest of `wxt/`);
 * - `components/` never import storage or platform modules: they see stores;
 * - `lib/store/` never imports `lib/platform/`: it is given the browser's ports;
 * - the pure modules import only each other and `lib/zod.ts`;
 * - `lib/storage/` imports only pure modules, its own folder, `lib/zod.ts`,
 *   `lib/reason.ts` and types from `lib/download.ts`;
 * - the files at the root of `lib/` import only each other and `zod/mini`;
 * - no module imports itself through a circle;
 * - no file in `lib/` is over 250 lines.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every module specifier a file imports or re-exports, type-only imports included. */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
    if (m[1]) found.push(m[1]);
  }
  for (const m of code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) if (m[1]) found.push(m[1]);
  return found;
}

/** A relative specifier as a repository path (with its extension or /index), or the bare package name. */
function resolve(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (SOURCE.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  }
  return base;
}

const files = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles);
const graph = new Map(files.map((f) => [f, importsOf(readFileSync(path.join(root, f), 'utf8')).map((s) => resolve(f, s))]));

/** The pure modules: the method as data and everything computed from it. */
const PURE = ['interview', 'steps', 'script', 'summary', 'growth', 'catalogue', 'insights', 'pacing', 'call', 'keyboard'].map(
  (d) => `lib/${d}/`,
);
const pure = (t: string) => PURE.some((dir) => t.startsWith(dir));
/** The files at the root of `lib/` (`zod.ts`, `reason.ts`, `download.ts`, `clipboard.ts`). */
const atLibRoot = (t: string) => /^lib\/[^/]+\.tsx?$/.test(t);

/** `file → import` for every import of a file under `dir` that `bad` rejects. */
function violations(dir: string, bad: (target: string, file: string) => boolean): string[] {
  return [...graph].flatMap(([file, targets]) =>
    file.startsWith(`${dir}/`) ? targets.filter((t) => bad(t, file)).map((t) => `${file} → ${t}`) : [],
  );
}

describe('import rules', () => {
  it('reads imports of every kind (the rules below would pass on nothing otherwise)', () => {
    expect(
      importsOf(
        "import a from 'react';\nimport type { B } from '../b';\nexport { c } from './c';\nexport * from './d';\nconst e = await import('./e');\n// import x from 'commented';\nimport './side-effect.css';",
      ),
    ).toEqual(['react', '../b', './c', './d', './side-effect.css', './e']);
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get('entrypoints/sidepanel/rest.ts')).toContain('lib/store/interviews/index.ts');
  });

  it('lib/ never imports React, components/ or entrypoints/', () => {
    expect(
      violations('lib', (t) => /^react(-dom)?(\/|$)/.test(t) || t.startsWith('components/') || t.startsWith('entrypoints/')),
    ).toEqual([]);
  });

  it('only lib/platform/ touches the browser (wxt/browser and the rest of wxt)', () => {
    expect(violations('lib', (t, file) => /^wxt(\/|$)/.test(t) && !file.startsWith('lib/platform/'))).toEqual([]);
  });

  it('components/ never import storage or platform modules, nor the browser', () => {
    expect(
      violations('components', (t) => t.startsWith('lib/storage/') || t.startsWith('lib/platform/') || /^wxt(\/|$)/.test(t)),
    ).toEqual([]);
  });

  it('lib/store/ never imports lib/platform/, not even a type: stores are given the browser as ports', () => {
    expect(violations('lib/store', (t) => t.startsWith('lib/platform/'))).toEqual([]);
  });

  it('the pure modules import only each other and lib/zod.ts, types included', () => {
    expect(PURE.flatMap((dir) => violations(dir.slice(0, -1), (t) => !pure(t) && t !== 'lib/zod.ts'))).toEqual([]);
  });

  it('lib/storage/ imports only pure modules, its own folder, lib/zod.ts, lib/reason.ts and types from lib/download.ts', () => {
    const allowed = (t: string) =>
      pure(t) || t.startsWith('lib/storage/') || t === 'lib/zod.ts' || t === 'lib/reason.ts' || t === 'lib/download.ts';
    expect(violations('lib/storage', (t) => !allowed(t))).toEqual([]);
    // download.ts puts a link in the page: the repository only describes the file (`Download`).
    const atRuntime = files
      .filter((f) => f.startsWith('lib/storage/'))
      .flatMap((f) => runtimeImportsOf(readFileSync(path.join(root, f), 'utf8')).map((s) => `${f} → ${resolve(f, s)}`));
    expect(atRuntime.filter((edge) => edge.endsWith(' → lib/download.ts'))).toEqual([]);
  });

  it('the files at the root of lib/ import only each other and zod/mini', () => {
    const rootFiles = files.filter(atLibRoot);
    expect(rootFiles.sort()).toEqual(['lib/clipboard.ts', 'lib/download.ts', 'lib/reason.ts', 'lib/zod.ts']);
    const bad = rootFiles.flatMap((f) =>
      (graph.get(f) ?? []).filter((t) => !atLibRoot(t) && t !== 'zod/mini').map((t) => `${f} → ${t}`),
    );
    expect(bad).toEqual([]);
  });

  it('no import circles', () => {
    const circles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  // Issue 17: a module in lib/ small enough to read in one sitting; past this, it has two reasons to change.
  it('no file in lib/ is over 250 lines', () => {
    const lines = (file: string) => readFileSync(path.join(root, file), 'utf8').split('\n').length - 1;
    const long = files.filter((f) => f.startsWith('lib/') && lines(f) > 250).map((f) => `${f}: ${lines(f)} lines`);
    expect(long).toEqual([]);
  });
});

/**
 * What a file needs loaded before it runs: its static imports and re-exports,
 * not `import type` nor an import of types only (the build drops those), nor
 * a dynamic `import()` (loaded when first needed).
 */
function runtimeImportsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;])(import|export)\s+(type\s+)?(?:([^'";]*?)\sfrom\s+)?['"]([^'"]+)['"]/g)) {
    const [, , typeOnly, names, spec] = m;
    if (typeOnly || !spec) continue;
    const braces = names?.trim().match(/^\{([\s\S]*)\}$/);
    const specifiers =
      braces?.[1]
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    if (braces && specifiers.length > 0 && specifiers.every((s) => s.startsWith('type '))) continue;
    found.push(spec);
  }
  return found;
}

/** Every module the side panel's first chunk runs: main.tsx and what it imports, statically. */
function firstChunk(): Map<string, string> {
  const reached = new Map<string, string>([['entrypoints/sidepanel/main.tsx', 'entrypoints/sidepanel/main.tsx']]);
  const queue = ['entrypoints/sidepanel/main.tsx'];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const source = files.includes(file) ? readFileSync(path.join(root, file), 'utf8') : '';
    for (const target of runtimeImportsOf(source).map((s) => resolve(file as string, s))) {
      if (reached.has(target)) continue;
      reached.set(target, `${reached.get(file)} → ${target}`);
      if (files.includes(target)) queue.push(target);
    }
  }
  return reached;
}

describe("the side panel's first chunk (issue 17: the panel loads what the list needs first)", () => {
  it('tells type-only and dynamic imports from what must load first', () => {
    expect(
      runtimeImportsOf(
        "import a from 'a';\nimport type { B } from 'b';\nimport { type C, type D } from 'c';\nimport { type E, f } from 'e';\nexport { g } from 'g';\nexport type { H } from 'h';\nconst i = await import('i');",
      ),
    ).toEqual(['a', 'e', 'g']);
    const reached = firstChunk();
    expect(reached.has('lib/storage/listed.ts')).toBe(true);
    expect(reached.has('components/InterviewList.tsx')).toBe(true);
  });

  it('reaches no zod, no stores past the list, no step kinds, summary or scripts', () => {
    // Stylesheets load first on purpose (components/styles.ts); this is about scripts.
    const heavy = (m: string) =>
      !m.endsWith('.css') &&
      (m === 'zod' ||
        m.startsWith('zod/') ||
        m === 'lib/zod.ts' ||
        m === 'lib/storage/registry.ts' ||
        m === 'lib/storage/repository.ts' ||
        m === 'lib/store/interviews/index.ts' ||
        ['lib/steps/', 'lib/summary/', 'lib/script/', 'lib/catalogue/', 'lib/growth/', 'lib/pacing/', 'components/steps/'].some(
          (dir) => m.startsWith(dir) && m !== 'lib/summary/date.ts',
        ) ||
        /^components\/(InterviewView|NewInterviewForm|Shortcuts|ShortcutsHelp|SummaryPreview|call\/CallEndedView)\.tsx$/.test(m));
    expect([...firstChunk()].filter(([m]) => heavy(m)).map(([, trail]) => trail)).toEqual([]);
  });
});
