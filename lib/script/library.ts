import type { Script } from './schema';

/**
 * The scripts library, pure: which scripts there are, which version a new
 * interview gets, and what importing a script file would do. Each version of
 * a script is stored under its own key once and never changed (storage
 * `script:<id>@<version>`), so an interview pinned to a version reads as it was run.
 */

/** A stored script: its name (the latest version's) and the versions kept. */
export interface LibraryEntry {
  name: string;
  /** Ascending; the last is what new interviews get. */
  versions: number[];
  /** Hidden from the library and from "Script"; its versions stay for the interviews that ran them. */
  deleted?: boolean;
}

export type Library = Record<string, LibraryEntry>;

/** One line of the "Script" select and of the library. */
export interface ScriptChoice {
  id: string;
  name: string;
  version: number;
  source: 'built-in' | 'organisation' | 'own';
}

/**
 * The built-in scripts first (they ship with the extension), then the
 * organisation's (policy, read-only), then the interviewer's own by name. An
 * own script with a built-in's or the organisation's id is not offered: theirs stands.
 */
export function scriptChoices(
  library: Library,
  builtIns: readonly Script[],
  organisation: readonly Script[] = [],
): ScriptChoice[] {
  const taken = (id: string) => builtIns.some((b) => b.id === id) || organisation.some((o) => o.id === id);
  const own = Object.entries(library)
    .filter(([id, entry]) => !entry.deleted && entry.versions.length > 0 && !taken(id))
    .map(([id, entry]): ScriptChoice => ({ id, name: entry.name, version: entry.versions.at(-1) ?? 1, source: 'own' }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return [
    ...builtIns.map((b): ScriptChoice => ({ id: b.id, name: b.name, version: b.version, source: 'built-in' })),
    ...organisation.map((o): ScriptChoice => ({ id: o.id, name: o.name, version: o.version, source: 'organisation' })),
    ...own,
  ];
}

/** The script new interviews start with: the one chosen in options while it exists, else the first built-in. */
export function defaultChoice(choices: readonly ScriptChoice[], chosen: string | undefined): ScriptChoice | undefined {
  return choices.find((c) => c.id === chosen) ?? choices[0];
}

export type ScriptImportPlan =
  | { ok: true; action: 'add' | 'version'; script: Script; says: string }
  | { ok: false; says: string };

/**
 * What importing `script` would do: add a new script, or add a newer version
 * of one already here (interviews already started keep theirs). A built-in
 * id, an older or equal version, is refused with the reason.
 */
export function planScriptImport(
  script: Script,
  library: Library,
  builtIns: readonly Script[],
  organisation: readonly Script[] = [],
): ScriptImportPlan {
  const named = `“${script.name}” (version ${script.version})`;
  if (organisation.some((o) => o.id === script.id)) {
    return {
      ok: false,
      says: `“${script.id}” is your organisation's script, which cannot be replaced here. Give the script its own id.`,
    };
  }
  if (builtIns.some((b) => b.id === script.id)) {
    return {
      ok: false,
      says: `“${script.id}” is the id of a built-in script, which cannot be replaced. Give the script its own id.`,
    };
  }
  const entry = library[script.id];
  const latest = entry?.versions.at(-1);
  if (!entry || latest === undefined) return { ok: true, action: 'add', script, says: `Adds a new script: ${named}.` };
  if (entry.versions.includes(script.version)) {
    return {
      ok: false,
      says: `Version ${script.version} of “${entry.name}” is already here. A changed script needs a higher version number; interviews keep the version they started with.`,
    };
  }
  if (script.version < latest) {
    return {
      ok: false,
      says: `This is version ${script.version} of “${entry.name}”, older than version ${latest} already here.`,
    };
  }
  const revived = entry.deleted ? ' The deleted script comes back with it.' : '';
  return {
    ok: true,
    action: 'version',
    script,
    says: `Adds version ${script.version} of “${entry.name}” (now version ${latest}). New interviews get it; interviews already started keep theirs.${revived}`,
  };
}

/** The library once `script` is stored as a version. */
export function withVersion(library: Library, script: Script): Library {
  const entry = library[script.id];
  const versions = [...new Set([...(entry?.versions ?? []), script.version])].sort((a, b) => a - b);
  const latest = versions.at(-1) === script.version;
  return { ...library, [script.id]: { name: latest || !entry ? script.name : entry.name, versions } };
}
