import type { Script } from '../script';
import { type Library, type ScriptChoice, scriptChoices, withVersion } from '../script/library';
import { createItem } from './item';
import type { Storage } from './port';
import { type Quarantine, QuarantinedError } from './quarantine';
import { registry, scriptKey } from './registry';
import { readVersioned } from './versioned';

/** A script version as read: the script, none stored under that key, or unreadable (logged and kept as it is). */
export type ScriptRead = { kind: 'ok'; script: Script } | { kind: 'missing' } | { kind: 'invalid' };

/**
 * The scripts in storage: the library (`scripts`: names and versions) and
 * one key per version (`script:<id>@<version>`), written once and never
 * changed. An interview names its script and version, so editing, replacing
 * or deleting a script never changes what a past interview shows.
 */
export function createScripts(storage: Storage, quarantine: Quarantine, builtIns: readonly Script[]) {
  const library = createItem(storage, quarantine, registry.scripts);

  async function readVersion(id: string, version: number): Promise<ScriptRead> {
    const key = scriptKey(id, version);
    const raw = (await storage.area.get(key))[key];
    if (raw === undefined || raw === null) return { kind: 'missing' };
    const read = readVersioned(registry.script, raw);
    quarantine.note(key, read.kind === 'ok' ? read : { kind: 'invalid', problem: { key, reasons: read.reasons } });
    return read.kind === 'ok' ? { kind: 'ok', script: read.value.script } : { kind: 'invalid' };
  }

  /** Stores a version under its own key; one already there with other content is refused (a version never changes). */
  async function putVersion(script: Script): Promise<void> {
    const key = scriptKey(script.id, script.version);
    if (quarantine.has(key)) throw new QuarantinedError(key);
    const stored = await readVersion(script.id, script.version);
    if (stored.kind === 'invalid') throw new QuarantinedError(key);
    if (stored.kind === 'ok') {
      if (canonical(stored.script) === canonical(script)) return;
      throw new Error(`version ${script.version} of “${script.name}” is already stored with other content`);
    }
    await storage.area.set({ [key]: { schema: 1, script } });
  }

  return {
    library,

    /** The library, or nothing listed while it cannot be read (it is logged and kept). */
    async readLibrary(): Promise<Library> {
      const read = await library.read();
      return read.kind === 'ok' ? read.value.scripts : {};
    },

    readVersion,

    /** What a new interview can start with: the built-in scripts, the organisation's, then the interviewer's own. */
    async choices(organisation: readonly Script[] = []): Promise<ScriptChoice[]> {
      return scriptChoices(await this.readLibrary(), builtIns, organisation);
    },

    /** Adds a version of one of the interviewer's scripts: the version first, then the library lists it. */
    async addVersion(script: Script): Promise<void> {
      await putVersion(script);
      await library.update((current) => ({ ...current, scripts: withVersion(current.scripts, script) }));
    },

    /**
     * Hides one of the interviewer's scripts from the library and "Script" (or
     * shows it again, for Undo). Its versions stay: interviews that ran it keep it.
     */
    async setDeleted(id: string, deleted: boolean): Promise<void> {
      await library.update((current) => {
        const entry = current.scripts[id];
        if (!entry) return current;
        const { deleted: _was, ...rest } = entry;
        return { ...current, scripts: { ...current.scripts, [id]: deleted ? { ...rest, deleted: true } : rest } };
      });
    },

    /**
     * The script versions these interviews were started with, other than the
     * built-ins of this build, for an export file: those that can be read.
     */
    async versionsFor(interviews: readonly { scriptId: string; scriptVersion?: number | undefined }[]): Promise<Script[]> {
      const wanted = new Map<string, { id: string; version: number }>();
      for (const { scriptId: id, scriptVersion: version } of interviews) {
        if (version === undefined || builtIns.some((b) => b.id === id && b.version === version)) continue;
        wanted.set(`${id}@${version}`, { id, version });
      }
      const found = await Promise.all([...wanted.values()].map(({ id, version }) => readVersion(id, version)));
      return found.flatMap((read) => (read.kind === 'ok' ? [read.script] : []));
    },

    /**
     * A script version that came with imported interviews: kept under its key,
     * and listed when it is one of the interviewer's own (not a built-in's
     * older version). False when a different script is stored under that version.
     */
    async importVersion(script: Script): Promise<boolean> {
      try {
        if (builtIns.some((b) => b.id === script.id)) await putVersion(script);
        else await this.addVersion(script);
        return true;
      } catch {
        return false;
      }
    },

    /**
     * Keeps a version an interview starts with that is not stored as one of the
     * interviewer's own (the built-in, the organisation's), so the interview
     * still reads as it was run after the extension or the policy changes it.
     */
    async keep(script: Script): Promise<void> {
      await putVersion(script);
    },

    /**
     * The script an interview was started with: the built-in in this build when
     * it is that version (or the interview predates versions), else the stored
     * version. Null when this panel has neither.
     */
    async resolve(id: string, version: number | undefined): Promise<Script | null> {
      const builtIn = builtIns.find((b) => b.id === id);
      if (builtIn && (version === undefined || version === builtIn.version)) return builtIn;
      let wanted = version;
      if (wanted === undefined) wanted = (await this.readLibrary())[id]?.versions.at(-1);
      if (wanted === undefined) return null;
      const read = await readVersion(id, wanted);
      return read.kind === 'ok' ? read.script : null;
    },
  };
}

export type Scripts = ReturnType<typeof createScripts>;

/** JSON with keys in one order: the same script read back (in the schema's key order) compares equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
