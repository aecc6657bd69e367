import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * docs/store-listing.md as data, for the tests that hold it to the manifests:
 * the unit test (wxt.config.ts's manifest for each browser), and the e2e and
 * Firefox suites (the built manifests, which WXT may add to).
 */

export type StoreBrowser = 'chrome' | 'firefox';

export const listingDoc = readFileSync(new URL('../../../docs/store-listing.md', import.meta.url), 'utf8');

/** The parts of a manifest that grant access, as the stores list them. */
export interface ManifestAccess {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  externally_connectable?: { matches?: string[] };
}

/**
 * Everything the manifest asks for that a store asks to justify: permissions
 * (required or optional), hosts, and the match patterns of content scripts and
 * of pages allowed to message the extension (host access by another name).
 */
export function accessOf(manifest: ManifestAccess): string[] {
  return [
    ...new Set([
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
      ...(manifest.externally_connectable?.matches ?? []),
    ]),
  ];
}

export interface Justification {
  permission: string;
  /** What the row's browser columns say: `yes` or a dash. */
  asked: Record<StoreBrowser, boolean>;
  text: string;
}

/** The lines of the section under `heading` (any level), up to the next heading. */
function section(doc: string, heading: string): string[] {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^#{1,6}\\s+${heading}\\s*$`).test(line));
  if (start < 0) throw new Error(`docs/store-listing.md has no heading "${heading}"`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,6}\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The body rows of the tables in `lines`, as trimmed cells. */
function rows(lines: string[]): string[][] {
  return lines
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter((cells, i) => i > 0 && !cells.every((cell) => /^:?-+:?$/.test(cell)));
}

function yes(cell: string | undefined, permission: string, browser: StoreBrowser): boolean {
  if (cell === 'yes') return true;
  if (cell === '—' || cell === '-') return false;
  throw new Error(`docs/store-listing.md: the ${browser} cell of ${permission} is "${cell}", not "yes" or "—"`);
}

/** The rows of the permission justification table: permission in backticks, Chrome, Firefox, the text. */
export function justifications(doc = listingDoc): Justification[] {
  return rows(section(doc, 'Permission justification')).map(([first = '', chrome, firefox, text = '']) => {
    const permission = /^`([^`]+)`$/.exec(first)?.[1];
    if (!permission) throw new Error(`docs/store-listing.md: a permission row starts with "${first}", not one \`permission\``);
    return {
      permission,
      asked: { chrome: yes(chrome, permission, 'chrome'), firefox: yes(firefox, permission, 'firefox') },
      text,
    };
  });
}

/**
 * What a manifest for `browser` asks for and the doc does not justify for that
 * browser, and what the doc says that browser asks for and it does not. Both
 * empty when the doc is right.
 */
export function listingMismatch(manifest: ManifestAccess, browser: StoreBrowser, doc = listingDoc) {
  const asked = accessOf(manifest);
  const rowsFor = justifications(doc).filter((row) => row.asked[browser]);
  return {
    unjustified: asked.filter((permission) => !rowsFor.some((row) => row.permission === permission)),
    notAsked: rowsFor.map((row) => row.permission).filter((permission) => !asked.includes(permission)),
  };
}

/** A value of the Listing table, by its field name. */
export function listingField(field: string, doc = listingDoc): string {
  const row = rows(section(doc, 'Listing')).find(([name]) => name === field);
  if (!row) throw new Error(`docs/store-listing.md: no "${field}" row in the Listing table`);
  return row[1] ?? '';
}

/** The detailed description: the text block under its heading, as pasted into the stores. */
export function detailedDescription(doc = listingDoc): string {
  const body = section(doc, 'Detailed description').join('\n');
  const block = /^```text\n([\s\S]*?)\n```$/m.exec(body)?.[1];
  if (block === undefined) throw new Error('docs/store-listing.md: no ```text block under "Detailed description"');
  return block;
}

/**
 * A built extension measured against the listing: what its manifest asks for
 * that the doc does not justify (and the reverse), and anything that would
 * make "remote code: no" untrue — a script loaded from outside the package, a
 * string evaluated as code, a content security policy of its own. `problems`
 * is empty when the package is as the listing says; `files` is how many files
 * were read.
 */
export function builtPackageProblems(dir: string, browser: StoreBrowser, doc = listingDoc) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ManifestAccess & Record<string, unknown>;
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.replaceAll('\\', '/'));
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  const { unjustified, notAsked } = listingMismatch(manifest, browser, doc);
  const scriptSources = files
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => [...read(f).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''));
  const scripts = files.filter((f) => f.endsWith('.js'));
  return {
    files: files.length,
    problems: [
      ...unjustified.map((p) => `asked for, not justified in docs/store-listing.md: ${p}`),
      ...notAsked.map((p) => `justified for ${browser} in docs/store-listing.md, not asked for: ${p}`),
      ...('content_security_policy' in manifest ? ['a content security policy of its own'] : []),
      ...scripts
        .filter((f) => /(?<![\w$])(?:eval|Function)\s*\(|\bimportScripts\s*\(/.test(read(f)))
        .map((f) => `evaluates code: ${f}`),
      ...scriptSources.filter((src) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src)).map((src) => `remote script: ${src}`),
      ...scripts
        .filter((f) => /\b(?:import\s*\(|from)\s*["'`](?:[a-z][a-z0-9+.-]*:)?\/\//i.test(read(f)))
        .map((f) => `imports a remote module: ${f}`),
    ],
  };
}
