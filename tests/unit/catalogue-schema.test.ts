import { describe, expect, it } from 'vitest';
import {
  addOffering,
  mergeOfferings,
  moveOffering,
  newOfferingId,
  type OfferingDraft,
  removeOffering,
  restoreOffering,
  updateOffering,
} from '../../lib/catalogue/edits';
import { exampleCatalogue } from '../../lib/catalogue/example';
import { type Catalogue, CatalogueSchema, MODE_IDS, OfferingSchema } from '../../lib/catalogue/schema';
import { CATALOGUE_FORMAT, catalogueFile, readCatalogueFile } from '../../lib/catalogue/transfer';
import { reverseInterview, stepOfKind } from '../../lib/script';
import { must } from './support';

const base: OfferingDraft = { name: 'Book budget', kind: 'resources', description: '', modes: [], arenas: [], tags: [] };
const cat = (...ids: string[]): Catalogue => ({
  schema: 1,
  offerings: ids.map((id) => ({ ...base, id, modes: [], arenas: [], tags: [] })),
});
const ids = (c: Catalogue) => c.offerings.map((o) => o.id);

describe('catalogue schema', () => {
  it('uses the growth mode ids of the built-in script, and its arenas exist there', () => {
    expect([...MODE_IDS]).toEqual(must(stepOfKind(reverseInterview, 'growthModes')).modes.map((m) => m.id));
    const arenas = must(stepOfKind(reverseInterview, 'arenaChoice')).arenas.map((a) => a.id);
    for (const o of exampleCatalogue.offerings) for (const a of o.arenas) expect(arenas).toContain(a);
  });

  it('the example catalogue is valid', () => {
    expect(CatalogueSchema.safeParse(exampleCatalogue).success).toBe(true);
  });

  it.each([
    { why: 'an empty name', change: { name: '  ' }, path: 'name' },
    { why: 'an unknown kind', change: { kind: 'money' }, path: 'kind' },
    { why: 'an unknown growth mode', change: { modes: ['osmosis'] }, path: 'modes' },
    { why: 'a javascript: link', change: { link: 'javascript:alert(1)' }, path: 'link' },
    { why: 'a link that is not a URL', change: { link: 'intranet/learning' }, path: 'link' },
    { why: 'an id unsafe in a field key', change: { id: 'Book Budget' }, path: 'id' },
    { why: 'an org. id in the personal catalogue', change: { id: 'org.books' }, path: 'id' },
  ])('refuses $why', ({ change, path }) => {
    const result = OfferingSchema.safeParse({ ...base, id: 'books', ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(path);
  });

  it('accepts an https link and refuses duplicate ids in a catalogue', () => {
    expect(OfferingSchema.safeParse({ ...base, id: 'b', link: 'https://example.com/x' }).success).toBe(true);
    expect(CatalogueSchema.safeParse(cat('a', 'a')).success).toBe(false);
  });
});

describe('catalogue edits', () => {
  it('makes readable, unique ids from names', () => {
    expect(newOfferingId('Mentoring Circle!', [])).toBe('mentoring-circle');
    expect(newOfferingId('Café crème', ['cafe-creme'])).toBe('cafe-creme-2');
    expect(newOfferingId('???', [])).toBe('offering');
    expect(OfferingSchema.safeParse({ ...base, id: newOfferingId('x'.repeat(200), []) }).success).toBe(true);
  });

  it('adds at the end, updates in place, moves by one, and returns the same object when nothing changes', () => {
    const { catalogue: added, id } = addOffering(cat('a', 'b'), { ...base });
    expect(id).toBe('book-budget');
    expect(ids(added)).toEqual(['a', 'b', 'book-budget']);
    expect(must(updateOffering(added, 'a', { ...base, name: 'Renamed' }).offerings[0]).name).toBe('Renamed');
    expect(ids(moveOffering(added, 'b', -1))).toEqual(['b', 'a', 'book-budget']);
    expect(ids(moveOffering(added, 'b', 1))).toEqual(['a', 'book-budget', 'b']);
    const c = cat('a', 'b');
    expect(moveOffering(c, 'a', -1)).toBe(c);
    expect(moveOffering(c, 'b', 1)).toBe(c);
    expect(updateOffering(c, 'missing', base)).toBe(c);
  });

  it('delete then undo puts the offering back at its place', () => {
    const { catalogue, removed } = removeOffering(cat('a', 'b', 'c'), 'b');
    expect(ids(catalogue)).toEqual(['a', 'c']);
    expect(ids(restoreOffering(catalogue, must(removed)))).toEqual(['a', 'b', 'c']);
    expect(removeOffering(catalogue, 'b').removed).toBeNull();
  });

  it('an import adds new ids at the end and replaces same ids in place', () => {
    const incoming = [
      { ...base, id: 'b', name: 'New b' },
      { ...base, id: 'z' },
    ];
    const merged = mergeOfferings(cat('a', 'b'), incoming);
    expect(ids(merged)).toEqual(['a', 'b', 'z']);
    expect(must(merged.offerings[1]).name).toBe('New b');
  });
});

describe('catalogue export / import', () => {
  it('round-trips', () => {
    const read = readCatalogueFile(catalogueFile(exampleCatalogue.offerings, 0));
    expect(read).toEqual({ ok: true, offerings: exampleCatalogue.offerings });
  });

  it.each([
    { why: 'not JSON', text: '{nope', error: /^The file is not valid JSON/ },
    {
      why: 'another kind of file',
      text: '{"format":"reverse-interview-export","version":1}',
      error: /^This is not a Reverse Interview catalogue: format: expected one of "reverse-interview-catalogue"/,
    },
    {
      why: 'a newer format',
      text: JSON.stringify({ format: CATALOGUE_FORMAT, version: 9, offerings: [] }),
      error: /newer version of Reverse Interview \(format 9\)/,
    },
    { why: 'too large', text: ' '.repeat(3 * 1024 * 1024), error: /larger than 2 MB/ },
  ])('refuses $why with a message', ({ text, error }) => {
    const read = readCatalogueFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatch(error);
  });

  it('refuses the whole file when one offering is broken, naming every problem with its path', () => {
    const file = {
      format: CATALOGUE_FORMAT,
      version: 1,
      offerings: [
        { ...base, id: 'ok' },
        { ...base, id: 'bad', kind: 'money' },
        { ...base, id: 'ok' },
      ],
    };
    expect(readCatalogueFile(JSON.stringify(file))).toEqual({
      ok: false,
      errors: [
        'offerings.1.kind: expected one of "people", "resources", "opportunities"',
        'offerings.2.id: "ok" appears earlier in the file',
      ],
    });
  });
});
