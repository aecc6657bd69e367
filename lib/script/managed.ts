import { describeIssues } from '../zod';
import { SCRIPT_FILE_FORMAT } from './file';
import type { Script } from './schema';
import { ScriptSchema } from './validate';

/** The managed storage key an administrator pushes scripts under (public/managed_schema.json, docs/teams.md). */
export const MANAGED_SCRIPTS_KEY = 'scripts';

export interface ManagedScripts {
  scripts: Script[];
  /** Each entry left out, by its place in the policy and why. */
  problems: string[];
}

/**
 * The organisation's scripts from policy: a list of script files (as "Export
 * script" writes them) or of bare scripts. Each entry is checked on its own:
 * an invalid one is named and left out, the rest are offered, read-only.
 */
export function parseManagedScripts(raw: unknown, builtIns: readonly Script[]): ManagedScripts {
  if (raw === undefined || raw === null) return { scripts: [], problems: [] };
  if (!Array.isArray(raw)) return { scripts: [], problems: [`${MANAGED_SCRIPTS_KEY}: expected a list of scripts`] };
  const scripts: Script[] = [];
  const problems: string[] = [];
  raw.forEach((entry, i) => {
    const file = entry as { format?: unknown; script?: unknown } | null;
    const candidate = file && typeof file === 'object' && file.format === SCRIPT_FILE_FORMAT ? file.script : entry;
    const read = ScriptSchema.safeParse(candidate);
    const place = `${MANAGED_SCRIPTS_KEY}.${i}`;
    if (!read.success) {
      problems.push(`${place}: ${describeIssues(read.error, 2).join('; ')}`);
      return;
    }
    const script = read.data;
    if (builtIns.some((b) => b.id === script.id)) problems.push(`${place}: “${script.id}” is a built-in script's id`);
    else if (scripts.some((s) => s.id === script.id)) problems.push(`${place}: “${script.id}” appears earlier in the list`);
    else scripts.push(script);
  });
  return { scripts, problems };
}
