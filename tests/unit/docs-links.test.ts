import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ link only to what is in the repository (issue 17):
 * every relative link and image resolves to a file or folder here, every
 * `#anchor` to a heading of its page, and nothing points outside the
 * repository (a `../shared/` design note, an absolute path, `file:`).
 * Web links (https, mailto) are left alone.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/**
 * Pages someone else is writing, linked before they land. A link to one is
 * allowed while the file does not exist, and checked like any other once it does.
 */
const pending = new Set<string>();

/** Markdown as rendered: fenced code and code spans are text, not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function linksOf(markdown: string): string[] {
  const text = withoutCode(markdown);
  return [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/gi)].map((m) => m[1] ?? ''),
  ];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of withoutCodeBlocks(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = (m[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** What is wrong with one link on one page, or null. */
function problemWith(page: string, link: string): string | null {
  if (/^(https?:|mailto:)/i.test(link)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return 'not a web link nor a file in the repository';
  if (link.startsWith('/')) return 'an absolute path: link relative to the page';
  const [target = '', anchor] = decodeURI(link).split('#');
  const file = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), target.split('?')[0] ?? ''));
  if (file.startsWith('../') || file === '..') return 'outside the repository';
  if (/(^|\/)shared\//.test(target)) return 'a shared design note outside the repository';
  if (!existsSync(path.join(root, file))) return pending.has(file) ? null : 'no such file';
  if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(readFileSync(path.join(root, file), 'utf8')).has(anchor)) {
    return `no heading #${anchor} in ${file}`;
  }
  return null;
}

describe('documentation links', () => {
  it('reads the README and the docs pages, and finds their links', () => {
    expect(pages).toContain('README.md');
    expect(pages.length).toBeGreaterThan(5);
    const all = pages.flatMap((page) => linksOf(readFileSync(path.join(root, page), 'utf8')));
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s: every relative link resolves inside the repository', (page) => {
    const problems = linksOf(readFileSync(path.join(root, page), 'utf8'))
      .map((link) => ({ link, problem: problemWith(page, link) }))
      .filter((p) => p.problem !== null);
    expect(problems).toEqual([]);
  });

  it.each(pages)('%s: names no path outside the repository, even as text', (page) => {
    const text = readFileSync(path.join(root, page), 'utf8');
    // A path in a code span or in prose is still a pointer a reader follows.
    const outside = [...text.matchAll(/(?:\.\.\/)+[\w./-]+/g)]
      .map((m) => m[0])
      .filter((p) => path.posix.normalize(path.posix.join(path.posix.dirname(page), p)).startsWith('..'));
    expect(outside).toEqual([]);
    expect(text).not.toMatch(/\/work\/|shared\/design/);
  });
});
