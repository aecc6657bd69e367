import { describeIssues, z } from '../zod';
import { type Offering, OfferingSchema } from './schema';

/** A file of personal offerings, to share with colleagues or move to another browser. */
export const CATALOGUE_FORMAT = 'reverse-interview-catalogue';
export const CATALOGUE_VERSION = 1;
/** A catalogue is a few kilobytes; anything this large is not one. */
export const MAX_CATALOGUE_BYTES = 2 * 1024 * 1024;

const FileSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  exportedAt: z.optional(z.string()),
  offerings: z.array(z.unknown()),
});

export function catalogueFile(offerings: readonly Offering[], now: number): string {
  const file = { format: CATALOGUE_FORMAT, version: CATALOGUE_VERSION, exportedAt: new Date(now).toISOString(), offerings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function catalogueFileName(now: number): string {
  return `reverse-interview-catalogue-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type CatalogueImport = { ok: true; offerings: Offering[] } | { ok: false; errors: string[] };

/**
 * Reads a catalogue file. All or nothing: a catalogue with one broken entry
 * is refused with the path of every problem, so the user fixes the file
 * rather than finding an offering silently missing later.
 */
export function readCatalogueFile(text: string): CatalogueImport {
  if (text.length > MAX_CATALOGUE_BYTES) return { ok: false, errors: ['The file is larger than 2 MB: it is not a catalogue.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`] };
  }
  const file = FileSchema.safeParse(json);
  if (!file.success) {
    const { format, version } = (typeof json === 'object' && json !== null ? json : {}) as {
      format?: unknown;
      version?: unknown;
    };
    if (format === CATALOGUE_FORMAT && typeof version === 'number' && version > CATALOGUE_VERSION) {
      return { ok: false, errors: [`The file was exported by a newer version of Reverse Interview (format ${version}).`] };
    }
    return { ok: false, errors: [`This is not a Reverse Interview catalogue: ${describeIssues(file.error).join('; ')}`] };
  }
  const errors: string[] = [];
  const offerings: Offering[] = [];
  const seen = new Set<string>();
  file.data.offerings.forEach((raw, i) => {
    const parsed = OfferingSchema.safeParse(raw);
    if (!parsed.success)
      errors.push(...describeIssues(parsed.error, 3).map((r) => (r.startsWith('…') ? r : `offerings.${i}.${r}`)));
    else if (seen.has(parsed.data.id)) errors.push(`offerings.${i}.id: "${parsed.data.id}" appears earlier in the file`);
    else {
      seen.add(parsed.data.id);
      offerings.push(parsed.data);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, offerings };
}
