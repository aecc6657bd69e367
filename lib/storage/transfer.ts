import { type Interview, mergeInterviews } from '../interview';
import { keys, text } from '../interview/fields';
import type { Script } from '../script';
import { ScriptSchema } from '../script/validate';
import { describeIssues, z } from '../zod';
import { registry } from './registry';
import { readVersioned } from './versioned';

/**
 * The export file: versioned, self-describing, one interview record per
 * entry exactly as stored (with every field's timestamp, so an import can
 * merge field by field and never put an older value over a newer one).
 */
export const EXPORT_FORMAT = 'reverse-interview-export';
export const EXPORT_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  interviews: z.array(z.unknown()),
  /**
   * The script versions the interviews were started with, other than the
   * built-in this build ships (issue 18), so they open elsewhere as they were
   * run. Optional: files written before scripts had versions have none.
   */
  scripts: z.optional(z.array(z.unknown())),
});

export function exportFile(interviews: Interview[], now: number, scripts: readonly Script[] = []): string {
  const file: z.infer<typeof ExportFileSchema> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    interviews: interviews.map(({ writer: _writer, ...rest }) => rest),
    ...(scripts.length > 0 ? { scripts: [...scripts] } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The export file for one interview, named after its candidate. */
export function exportOne(interview: Interview, at: number, scripts: readonly Script[] = []): { filename: string; json: string } {
  const name =
    text(interview, keys.candidate)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'interview';
  return { filename: exportFileName(at, name.toLowerCase()), json: exportFile([interview], at, scripts) };
}

export function exportFileName(now: number, what = 'interviews'): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `reverse-interview-${what}-${stamp}.json`;
}

export type ImportAction = 'add' | 'update' | 'skip';

export interface ImportItem {
  /** Position in the file, for messages ("interviews.3"). */
  path: string;
  id: string | null;
  candidate: string;
  action: ImportAction;
  reason: string;
  /** What will be written for add/update. */
  result?: Interview;
}

export type ImportPlan = { ok: true; items: ImportItem[]; scripts: ScriptsInFile } | { ok: false; error: string };

/** The script versions a file carries: valid ones to keep (unless already here), and why the others are left out. */
export interface ScriptsInFile {
  valid: Script[];
  invalid: string[];
}

/** Each script of the file checked on its own, like each interview: one bad entry does not hide the others. */
function scriptsIn(entries: readonly unknown[]): ScriptsInFile {
  const valid: Script[] = [];
  const invalid: string[] = [];
  entries.forEach((raw, i) => {
    const read = ScriptSchema.safeParse(raw);
    if (read.success) valid.push(read.data);
    else invalid.push(...describeIssues(read.error, 3).map((r) => `scripts.${i}.${r}`));
  });
  return { valid, invalid };
}

export type Existing = (id: string) => { kind: 'ok'; interview: Interview } | { kind: 'invalid' } | { kind: 'missing' };

/**
 * Reads an export file and decides, per interview, what importing it would
 * do. Pure: nothing is written. A file that is not an export, or an entry that
 * fails validation, is reported with the path of each error.
 */
export function planImport(fileText: string, existing: Existing): ImportPlan {
  if (fileText.length > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is larger than 50 MB; nothing was imported.' };
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
  }
  const file = ExportFileSchema.safeParse(json);
  if (!file.success) {
    const version = (json as { version?: unknown } | null)?.version;
    if (
      (json as { format?: unknown } | null)?.format === EXPORT_FORMAT &&
      typeof version === 'number' &&
      version > EXPORT_VERSION
    ) {
      return { ok: false, error: `The file was exported by a newer version of Reverse Interview (format ${version}).` };
    }
    return { ok: false, error: `This is not a Reverse Interview export: ${describeIssues(file.error).join('; ')}` };
  }
  const seen = new Set<string>();
  const items = file.data.interviews.map((raw, i): ImportItem => {
    const path = `interviews.${i}`;
    const read = readVersioned(registry.interview, raw);
    if (read.kind === 'invalid') {
      const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : null;
      return {
        path,
        id,
        candidate: '',
        action: 'skip',
        reason: `invalid: ${read.reasons.map((r) => `${path}.${r}`).join('; ')}`,
      };
    }
    const { writer: _writer, ...incoming } = read.value;
    const candidate = text(incoming, keys.candidate);
    if (seen.has(incoming.id))
      return { path, id: incoming.id, candidate, action: 'skip', reason: 'the same interview appears earlier in the file' };
    seen.add(incoming.id);
    const current = existing(incoming.id);
    if (current.kind === 'missing') return { path, id: incoming.id, candidate, action: 'add', reason: 'new', result: incoming };
    if (current.kind === 'invalid') {
      return {
        path,
        id: incoming.id,
        candidate,
        action: 'skip',
        reason: 'the stored copy could not be read and is kept as it is',
      };
    }
    const merged = mergeInterviews(current.interview, incoming);
    if (merged === current.interview) {
      return { path, id: incoming.id, candidate, action: 'skip', reason: 'already up to date (nothing newer in the file)' };
    }
    const newer = Object.keys(merged.fields).filter((k) => merged.fields[k] !== current.interview.fields[k]).length;
    // Not the stored copy's writer: a panel that has this interview open would take the import for its own echo and ignore it.
    const { writer: _storedWriter, ...result } = merged;
    return {
      path,
      id: incoming.id,
      candidate,
      action: 'update',
      reason: `${newer} newer ${newer === 1 ? 'answer' : 'answers'} from the file; newer answers here are kept`,
      result,
    };
  });
  return { ok: true, items, scripts: scriptsIn(file.data.scripts ?? []) };
}
