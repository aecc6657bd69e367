import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import { registry } from '../../lib/storage/registry';
import config from '../../wxt.config';
import {
  accessOf,
  detailedDescription,
  justifications,
  listingDoc,
  listingField,
  listingMismatch,
  type ManifestAccess,
  type StoreBrowser,
} from './support/store-listing';

/**
 * docs/store-listing.md against the manifest wxt.config.ts builds for each
 * browser (issue 19, item 8): a permission or host added to the manifest
 * without a justification fails here, as does a justification left behind for
 * one the manifest no longer asks for, a name or short description the stores
 * would refuse, and a store screenshot that is not 1280×800. The built
 * manifests, which WXT may add to, are checked the same way in
 * tests/e2e/store-listing.e2e.ts and tests/firefox/store-listing.ff.ts.
 */

const BROWSERS: StoreBrowser[] = ['chrome', 'firefox'];
const privacyDoc = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');

function manifestFor(browser: StoreBrowser): UserManifest & ManifestAccess {
  const env = { browser, manifestVersion: 3, mode: 'production', command: 'build' } as ConfigEnv;
  return (typeof config.manifest === 'function' ? config.manifest(env) : config.manifest) as UserManifest & ManifestAccess;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error(`${file}: not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('docs/store-listing.md: permission justification', () => {
  it('reads a table of justifications, each a real sentence (the test reads what it thinks it reads)', () => {
    const rows = justifications();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row.text.length, row.permission).toBeGreaterThan(60);
    expect(new Set(rows.map((row) => row.permission)).size).toBe(rows.length);
  });

  it.each(BROWSERS)('justifies everything the %s manifest asks for, and nothing it does not', (browser) => {
    const manifest = manifestFor(browser);
    expect(accessOf(manifest).length).toBeGreaterThan(0);
    expect(listingMismatch(manifest, browser)).toEqual({ unjustified: [], notAsked: [] });
  });

  it.each(BROWSERS)("has every permission and host of the %s manifest in the privacy policy's table too", (browser) => {
    const table = privacyDoc.slice(privacyDoc.indexOf('## Permissions, and why'));
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(accessOf(manifestFor(browser)).filter((permission) => !rows.some((row) => row.includes(`\`${permission}\``)))).toEqual(
      [],
    );
  });

  it('counts permissions, hosts, optional ones and content-script matches as things to justify', () => {
    const manifest: ManifestAccess = {
      permissions: ['storage', 'tabs'],
      optional_permissions: ['downloads'],
      host_permissions: ['https://meet.google.com/*', '<all_urls>'],
      optional_host_permissions: ['https://example.org/*'],
      content_scripts: [{ matches: ['https://example.com/*'] }],
    };
    expect(listingMismatch(manifest, 'chrome').unjustified).toEqual([
      'tabs',
      'downloads',
      '<all_urls>',
      'https://example.org/*',
      'https://example.com/*',
    ]);
  });

  it('keeps the default content security policy (the listing says: no remote code)', () => {
    for (const browser of BROWSERS) expect(manifestFor(browser)).not.toHaveProperty('content_security_policy');
    expect(listingDoc).toMatch(/No, the extension does not use remote code/);
  });
});

describe('docs/store-listing.md: the listing', () => {
  it.each(BROWSERS)('has the %s manifest name, short enough for both stores', (browser) => {
    const name = listingField('Name');
    expect(name).toBe(manifestFor(browser).name);
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(50); // AMO 50, Chrome Web Store 75
  });

  it.each(BROWSERS)("has the %s manifest's description as its short description, at most 132 characters", (browser) => {
    const short = listingField('Short description');
    const description = manifestFor(browser).description ?? '';
    expect(short).toBe(description);
    // Chrome's limit for the manifest's description, which the Chrome Web Store shows as the summary; AMO's is 250.
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(132);
  });

  it('has a plain-text detailed description within the Chrome Web Store limit', () => {
    const text = detailedDescription();
    expect(text.length).toBeGreaterThan(500);
    expect(text.length).toBeLessThanOrEqual(16_000);
    // Both stores show it as plain text: a Markdown link or emphasis would show its punctuation.
    expect(text).not.toMatch(/\]\(|\*\*|`/);
  });

  it('names a category for each store', () => {
    expect(listingField('Category (Chrome Web Store)')).toMatch(/\S/);
    expect(listingField('Categories (AMO)')).toMatch(/\S/);
  });
});

describe('docs/store: the store screenshots', () => {
  const dir = new URL('../../docs/store/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.png'));

  it('are three to five, each listed in the doc', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.length).toBeLessThanOrEqual(5); // the Chrome Web Store's maximum
    for (const file of files) expect(listingDoc, file).toContain(`(store/${file})`);
  });

  it.each(files)('%s is 1280×800', (file) => {
    expect(pngSize(new URL(file, dir).pathname)).toEqual({ width: 1280, height: 800 });
  });
});

describe('docs/privacy.md: what is stored', () => {
  const section = privacyDoc.slice(
    privacyDoc.indexOf('## What is stored, and where'),
    privacyDoc.indexOf('## Export, import and erase'),
  );
  const documented = [...section.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1] ?? '');
  /** Each stored thing as the table writes it: a key, or a prefix followed by what names one (`interview:<id>`). */
  const stored: ({ key: string } | { prefix: string })[] = Object.values(registry).map((item) =>
    'key' in item ? { key: item.key } : { prefix: item.prefix },
  );

  it('reads a table of keys (the test reads what it thinks it reads)', () => {
    expect(documented.length).toBeGreaterThanOrEqual(5);
    expect(stored.length).toBeGreaterThanOrEqual(5);
  });

  it('lists every key and key prefix the registry declares', () => {
    const missing = stored.filter((item) =>
      'key' in item ? !documented.includes(item.key) : !documented.some((d) => d.startsWith(`${item.prefix}<`)),
    );
    expect(missing).toEqual([]);
  });

  it('lists nothing the registry does not declare', () => {
    const unknown = documented.filter(
      (d) => !stored.some((item) => ('key' in item ? d === item.key : d.startsWith(`${item.prefix}<`))),
    );
    expect(unknown).toEqual([]);
  });
});
