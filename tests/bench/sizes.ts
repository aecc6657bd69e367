/**
 * Figure 1: the JavaScript a page loads, gzip-compressed, per file. Follows
 * the page's <script src> and <link rel="modulepreload"> and then every
 * static `import … from "./x.js"` inside those files, so a shared chunk is
 * counted once and nothing the page really loads is missed. With
 * `lazy: true` it also follows what the page loads when first needed (a
 * dynamic `import()`, and the chunk list Vite keeps for it in
 * `__vite__mapDeps`): all the JavaScript the page can ever run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export function pageJs(extensionDir: string, html: string, { lazy = false } = {}): ChunkSize[] {
  const htmlPath = path.join(extensionDir, html);
  const text = readFileSync(htmlPath, 'utf8');
  const queue = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) =>
    resolve(extensionDir, path.dirname(htmlPath), m[1] ?? ''),
  );
  const seen = new Set<string>();
  const out: ChunkSize[] = [];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    out.push({ file: path.relative(extensionDir, file), bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const source = code.toString('utf8');
    for (const m of source.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      queue.push(resolve(extensionDir, path.dirname(file), m[1] ?? ''));
    }
    if (!lazy) continue;
    for (const m of source.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)) {
      queue.push(resolve(extensionDir, path.dirname(file), m[1] ?? ''));
    }
    // Vite's preload list: paths from the extension's root.
    for (const list of source.matchAll(
      /__vite__mapDeps\.viteFileDeps\s*=\s*\[([^\]]*)\]|const __vite__mapDeps=[^[]*\[([^\]]*)\]/g,
    )) {
      for (const m of (list[1] ?? list[2] ?? '').matchAll(/["']([^"']+\.js)["']/g))
        queue.push(path.resolve(extensionDir, m[1] ?? ''));
    }
  }
  return out.sort((a, b) => b.gzip - a.gzip);
}

/** An absolute path, so one file reached two ways (a modulepreload and an import) is counted once. */
function resolve(extensionDir: string, from: string, ref: string): string {
  return ref.startsWith('/') ? path.resolve(extensionDir, `.${ref}`) : path.resolve(from, ref);
}

export const total = (chunks: ChunkSize[]) => chunks.reduce((sum, c) => sum + c.gzip, 0);
