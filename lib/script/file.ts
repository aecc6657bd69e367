import { describeIssues, z } from '../zod';
import type { Script } from './schema';
import { SCRIPT_LIMITS, ScriptSchema } from './validate';

/**
 * The script file: what "Export script" writes and "Import a script file"
 * reads (docs/scripts.md). Versioned and self-describing:
 * `{"format": "reverse-interview-script", "version": 1, "script": {...}}`.
 */
export const SCRIPT_FILE_FORMAT = 'reverse-interview-script';
export const SCRIPT_FILE_VERSION = 1;

const ScriptFileSchema = z.object({
  format: z.literal(SCRIPT_FILE_FORMAT),
  version: z.literal(SCRIPT_FILE_VERSION),
  script: z.unknown(),
});

export type ScriptFileRead = { ok: true; script: Script } | { ok: false; problems: string[] };

/** A script file's text, read and checked. Pure; every problem comes with its path in the file. */
export function readScriptFile(text: string): ScriptFileRead {
  if (text.length > SCRIPT_LIMITS.json) {
    return { ok: false, problems: [`(root): the file is larger than ${SCRIPT_LIMITS.json / 1024} kB; a script is a few kB`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(root): not valid JSON (${error instanceof Error ? error.message : 'parse error'})`] };
  }
  const file = ScriptFileSchema.safeParse(json);
  if (!file.success) {
    const { format, version } = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
    if (format === SCRIPT_FILE_FORMAT && typeof version === 'number' && version > SCRIPT_FILE_VERSION) {
      return { ok: false, problems: [`version: written by a newer version of Reverse Interview (format ${version})`] };
    }
    return { ok: false, problems: describeIssues(file.error) };
  }
  const script = ScriptSchema.safeParse(file.data.script);
  if (!script.success) return { ok: false, problems: describeIssues(script.error, 8).map((p) => `script.${p}`) };
  return { ok: true, script: script.data };
}

/** The file "Export script" writes. */
export function scriptFile(script: Script): string {
  return `${JSON.stringify({ format: SCRIPT_FILE_FORMAT, version: SCRIPT_FILE_VERSION, script }, null, 2)}\n`;
}

/** `behavioural-screen-v3.json` */
export function scriptFileName(script: Script): string {
  return `${script.id}-v${script.version}.json`;
}
