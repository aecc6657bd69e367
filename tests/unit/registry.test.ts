import { describe, expect, it } from 'vitest';
import { decodeIndexEntries, IndexSchema, interviewIdOf, interviewKey, registry } from '../../lib/storage/registry';

/** Every stored name the registry declares: exact keys and key prefixes. */
function declared(): { name: string; key: string; prefix: boolean }[] {
  return Object.entries(registry).map(([name, item]) =>
    'key' in item ? { name, key: item.key, prefix: false } : { name, key: item.prefix, prefix: true },
  );
}

describe('storage registry', () => {
  it('declares every stored thing with a key or prefix, a version and a schema', () => {
    for (const item of Object.values(registry)) {
      expect(item.version).toBeGreaterThanOrEqual(1);
      expect(typeof item.schema.safeParse).toBe('function');
    }
    expect(declared().map((d) => d.name)).toEqual([
      'index',
      'interview',
      'quarantine',
      'settings',
      'catalogue',
      'calls',
      'scripts',
      'script',
      'drafts',
      'head',
    ]);
  });

  it('keys are unique and no key falls under another item’s prefix', () => {
    const all = declared();
    expect(new Set(all.map((d) => d.key)).size).toBe(all.length);
    for (const a of all) {
      expect(a.key).not.toBe('');
      for (const b of all) {
        if (a === b || !b.prefix) continue;
        expect(a.key.startsWith(b.key), `${a.name} (${a.key}) starts with ${b.name}'s prefix ${b.key}`).toBe(false);
      }
    }
  });

  it('the index fallback is a valid, empty index', () => {
    expect(IndexSchema.safeParse(registry.index.fallback).success).toBe(true);
    expect(decodeIndexEntries(registry.index.fallback)).toEqual({});
  });

  it.each(['index', 'quarantine', 'settings', 'catalogue', 'calls', 'scripts', 'drafts'] as const)(
    'the %s fallback is valid at the current version',
    (name) => {
      const item = registry[name];
      expect(item.schema.safeParse(item.fallback).success).toBe(true);
      expect(item.fallback.schema).toBe(item.version);
    },
  );

  it('settings default to keeping everything (retention off)', () => {
    expect(registry.settings.fallback.retentionDays).toBeNull();
  });

  it('every version below the current one has a migration step, and none above it', () => {
    for (const [name, item] of Object.entries(registry)) {
      const steps = Object.keys(item.migrations).map(Number);
      const wanted = Array.from({ length: item.version - 1 }, (_, i) => i + 1);
      expect(
        steps.sort((a, b) => a - b),
        name,
      ).toEqual(wanted);
    }
  });

  it.each(['interview-1', 'a1b2c3', '0f8fad5b-d9cb-469f-a165-70867728950e', 'with:colon'])(
    'interviewKey and interviewIdOf round-trip %s',
    (id) => {
      const key = interviewKey(id);
      expect(key).toBe(`interview:${id}`);
      expect(interviewIdOf(key)).toBe(id);
    },
  );

  it.each(['index', 'interviews', 'Interview:x', 'x-interview:y', ''])('interviewIdOf(%j) is not an interview key', (key) => {
    expect(interviewIdOf(key)).toBeUndefined();
  });

  it('the index key is never taken for an interview', () => {
    expect(interviewIdOf(registry.index.key)).toBeUndefined();
  });
});
