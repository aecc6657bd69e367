import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { limitRow, ratioRow, table } from '../bench/report';
import { pageJs, total } from '../bench/sizes';
import { median, percentile } from '../bench/stats';

describe('bench statistics', () => {
  it.each([
    [[5, 1, 3], 50, 3],
    [[1, 2, 3, 4], 50, 2],
    [[...Array(100).keys()].map((i) => i + 1), 95, 95],
    [[7], 95, 7],
  ])('percentile(%j, %i) = %i (nearest rank)', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('has no median of nothing', () => {
    expect(median([])).toBeNaN();
  });
});

describe('bench table', () => {
  it('passes or fails a ratio budget and leaves report-only rows blank', () => {
    expect(ratioRow('x', 'ms', 150, 100, 1.5).pass).toBe(true);
    expect(ratioRow('x', 'ms', 151, 100, 1.5).pass).toBe(false);
    expect(ratioRow('x', 'ms', 151, 100).pass).toBeUndefined();
    expect(limitRow('y', 'ms', 17, 16).pass).toBe(false);
    const text = table([ratioRow('load', 'ms', 300, 100, 1.2), limitRow('size', 'B', 93_700, 100_000)]);
    expect(text).toContain('| load ');
    expect(text).toMatch(/3×\s*\| ≤ 1\.2×\s*\| FAIL/);
    expect(text).toMatch(/93\.7 kB .*pass/);
  });
});

describe('bench sizes', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts every script a page loads once, following static imports, and nothing else', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ri-sizes-'));
    mkdirSync(path.join(dir, 'chunks'));
    writeFileSync(
      path.join(dir, 'page.html'),
      '<script type="module" src="/chunks/a.js"></script><link rel="modulepreload" href="/chunks/b.js"><link rel="stylesheet" href="/x.css">',
    );
    writeFileSync(path.join(dir, 'chunks/a.js'), 'import{x}from"./b.js";import"./c.js";console.log(x)');
    writeFileSync(path.join(dir, 'chunks/b.js'), `export const x=${JSON.stringify('b'.repeat(500))}`);
    writeFileSync(path.join(dir, 'chunks/c.js'), 'import{x}from"./b.js";');
    writeFileSync(path.join(dir, 'chunks/unused.js'), 'never loaded');
    const chunks = pageJs(dir, 'page.html');
    expect(chunks.map((c) => c.file).sort()).toEqual(['chunks/a.js', 'chunks/b.js', 'chunks/c.js']);
    // Known numbers, not the function restated (issue 19, item 6): the files' own byte lengths, and
    // their sizes gzipped at level 9 by Node's zlib (measured once; a sum of raw bytes would give 590).
    expect(Object.fromEntries(chunks.map((c) => [c.file, [c.bytes, c.gzip]]))).toEqual({
      'chunks/a.js': [51, 64],
      'chunks/b.js': [517, 42],
      'chunks/c.js': [22, 42],
    });
    expect(total(chunks)).toBe(148);
  });

  it("with lazy, also counts what the page loads when first needed (import() and Vite's preload list), once", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ri-sizes-'));
    mkdirSync(path.join(dir, 'chunks'));
    writeFileSync(path.join(dir, 'page.html'), '<script type="module" src="/chunks/main.js"></script>');
    writeFileSync(
      path.join(dir, 'chunks/main.js'),
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/view.js","chunks/shared.js","assets/view.css"])))=>i.map(i=>d[i]);import{s}from"./shared.js";const v=()=>import("./view.js");',
    );
    writeFileSync(path.join(dir, 'chunks/view.js'), 'import{s}from"./shared.js";export const View=s;');
    writeFileSync(path.join(dir, 'chunks/shared.js'), `export const s=${JSON.stringify('s'.repeat(300))}`);
    expect(
      pageJs(dir, 'page.html')
        .map((c) => c.file)
        .sort(),
    ).toEqual(['chunks/main.js', 'chunks/shared.js']);
    expect(
      pageJs(dir, 'page.html', { lazy: true })
        .map((c) => c.file)
        .sort(),
    ).toEqual(['chunks/main.js', 'chunks/shared.js', 'chunks/view.js']);
  });
});
