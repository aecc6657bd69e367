import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_COMPONENTS } from '../../components/steps';
import { KINDS, type StepKindName } from '../../lib/steps';

/**
 * docs/architecture.md, "Adding a step kind", lists the files a new kind
 * touches: always (the numbered list), when the kind has what they are for
 * (the bulleted list), and what names every kind but is not touched. These
 * fail when the lists name a file that is not there, or when a file in `lib/`,
 * `components/` or `entrypoints/` names every kind (so is keyed by kind) and
 * the section does not say what happens to it.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const kinds = Object.keys(KINDS) as StepKindName[];

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no "${heading}" in docs/architecture.md`);
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(/^#{1,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Repository paths in code spans: `lib/…`, `components/…`, `entrypoints/…`, `tests/…`, `docs/…`. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(/`((?:lib|components|entrypoints|tests|docs)\/[^`\s]*)`/g)].map((m) => m[1] ?? '');
}

const kebab = (kind: string) => kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const pascal = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);
const exists = (file: string) => existsSync(path.join(root, file));
/** True when a file names every current kind id: it is keyed by kind. */
const namesEveryKind = (file: string) => {
  const source = readFileSync(path.join(root, file), 'utf8');
  return kinds.every((kind) => new RegExp(`\\b${kind}\\b`).test(source));
};

/** The files a listed path stands for, for one kind where it holds `<kind>` or `<Kind>`; a folder stands for its index. */
function filesFor(listed: string, kind: StepKindName | null): string[] {
  const file = kind ? listed.replace('<kind>', kebab(kind)).replace('<Kind>', pascal(kind)) : listed;
  return file.endsWith('/') ? [`${file}index.ts`, `${file}index.tsx`] : [file];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
const text = section(doc, '### Adding a step kind');
const lines = text.split('\n');

/** A list's items, each with its indented continuation lines. */
function listItems(marker: RegExp): string[] {
  const found: string[] = [];
  let inItem = false;
  for (const line of lines) {
    if (marker.test(line)) {
      found.push(line);
      inItem = true;
    } else if (inItem && /^\s+\S/.test(line)) found[found.length - 1] += ` ${line.trim()}`;
    else inItem = false;
  }
  return found;
}

/** The numbered list: each item's first path, with the other forms it may take (`lib/steps/<kind>/`). */
const always = listItems(/^\d+\. /).flatMap((item) => {
  const [first, ...others] = pathsIn(item);
  return first
    ? [{ listed: first, forms: [first, ...others.filter((p) => /<kind>|<Kind>/.test(p) && /<kind>|<Kind>/.test(first))] }]
    : [];
});
/** The bulleted list: the paths after each item's arrow. */
const conditional = listItems(/^- /).flatMap((item) => pathsIn(item.slice(item.indexOf('→'))));
/** The paragraph of files that name every kind but are not touched. */
const untouched = pathsIn(text.split(/\n\s*\n/).find((paragraph) => paragraph.startsWith('Not touched')) ?? '');

describe('docs/architecture.md: adding a step kind', () => {
  it('reads the lists (this would pass on nothing otherwise)', () => {
    expect(always.map((a) => a.listed)).toContain('lib/steps/index.ts');
    expect(always.length).toBeGreaterThanOrEqual(8);
    expect(conditional).toContain('components/styles.ts');
    expect(untouched).toContain('lib/script/reverse-interview.ts');
  });

  it('every file the first list names exists, for every kind where it is named by the kind', () => {
    const missing: string[] = [];
    for (const { listed, forms } of always) {
      for (const kind of /<kind>|<Kind>/.test(listed) ? kinds : [null]) {
        // A kind with no part of its own has no component (questions: NoOwnPart).
        if (kind && listed.startsWith('components/steps/') && KIND_COMPONENTS[kind].name === 'NoOwnPart') continue;
        if (!forms.flatMap((form) => filesFor(form, kind)).some(exists)) missing.push(`${listed} (${kind ?? 'any kind'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every file the other lists name exists', () => {
    expect([...conditional, ...untouched].filter((file) => !exists(file))).toEqual([]);
  });

  it('every file the first list names by path has a line for every kind', () => {
    const short = always.map((a) => a.listed).filter((file) => !/<kind>|<Kind>/.test(file) && !namesEveryKind(file));
    expect(short).toEqual([]);
  });

  it('every source file that names every kind is in the lists', () => {
    const named = new Set([...always.map((a) => a.listed), ...conditional, ...untouched]);
    const keyed = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles).filter(namesEveryKind);
    expect(keyed.length).toBeGreaterThan(3);
    expect(keyed.filter((file) => !named.has(file))).toEqual([]);
  });
});
