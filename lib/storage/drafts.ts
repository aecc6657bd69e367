import { type DraftScript, DraftScriptSchema } from '../script/draft';
import { z } from '../zod';
import type { createItem } from './item';
import { DRAFT_ENTRY, DraftIdSchema, registry } from './registry';

/**
 * The scripts being edited in options (`scriptDrafts`, issue 18), each draft
 * checked in full on every read: the registry declares the key's envelope,
 * this spec adds the draft's own schema, so only the options page loads it.
 */
export const DraftsSchema = z.object({
  schema: z.literal(1),
  drafts: z.record(DraftIdSchema, z.object({ ...DRAFT_ENTRY, script: DraftScriptSchema })),
});
export type Drafts = z.infer<typeof DraftsSchema>;
export type DraftEntry = Omit<Drafts['drafts'][string], 'script'> & { script: DraftScript };

export const draftsSpec = { ...registry.drafts, schema: DraftsSchema } as typeof registry.drafts & {
  schema: typeof DraftsSchema;
  fallback: Drafts;
};

type Item = ReturnType<typeof createItem<Drafts>>;

/** The drafts in storage, through the page's one repository (`repository.item(draftsSpec)`). */
export function createDrafts(item: Item) {
  return {
    item,

    /** The drafts by script id, or why they cannot be read (logged in the quarantine and kept as they are). */
    async read(): Promise<{ kind: 'ok'; drafts: Record<string, DraftEntry> } | { kind: 'invalid'; reasons: string[] }> {
      const read = await item.read();
      return read.kind === 'ok'
        ? { kind: 'ok', drafts: read.value.drafts as Record<string, DraftEntry> }
        : { kind: 'invalid', reasons: read.problem.reasons };
    },

    /** Stores a draft as typed, beside the others. */
    async put(draft: DraftScript, basedOn: number | undefined, at: number): Promise<void> {
      const entry = { at, script: draft, ...(basedOn === undefined ? {} : { basedOn }) };
      await item.update((current) => ({
        ...current,
        drafts: { ...current.drafts, [draft.id]: entry as Drafts['drafts'][string] },
      }));
    },

    async drop(id: string): Promise<void> {
      await item.update((current) => {
        if (!(id in current.drafts)) return current;
        const { [id]: _gone, ...rest } = current.drafts;
        return { ...current, drafts: rest };
      });
    },

    /** Changes from any page, each draft checked; `own` when it is this page's write coming back. */
    watch(listener: (event: { drafts: Record<string, DraftEntry> | null; reasons: string[]; own: boolean }) => void) {
      return item.watch(({ read, own }) =>
        listener(
          read.kind === 'ok'
            ? { drafts: read.value.drafts as Record<string, DraftEntry>, reasons: [], own }
            : { drafts: null, reasons: read.problem.reasons, own },
        ),
      );
    },
  };
}

export type ScriptDrafts = ReturnType<typeof createDrafts>;
