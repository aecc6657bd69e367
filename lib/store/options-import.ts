import { reasonOf } from '../reason';
import { interviewKey } from '../storage/registry';
import type { Repository } from '../storage/repository';
import { type ImportPlan, planImport } from '../storage/transfer';
import type { Status } from './status-line';

/** The part of the options page's state the import reads and writes. */
export interface ImportState {
  /** The import waiting for confirmation. */
  plan: (ImportPlan & { fileName: string }) | null;
  message: Status | null;
}

/**
 * The options page's import: a chosen file is planned against storage as it
 * is (nothing written), shown, and planned again at confirm, so a newer
 * answer is never replaced by the file's older one.
 */
export function createImporting({
  repository,
  getState,
  setState,
  say,
}: {
  repository: Repository;
  getState: () => ImportState;
  setState: (partial: Partial<ImportState>) => void;
  say: (tone: Status['tone'], text: string) => void;
}) {
  /** The chosen file, kept until confirm: the plan is made again then, against storage as it is at that moment. */
  let pending: { fileName: string; content: string } | null = null;

  /** What importing `content` would do to storage as it is now. Reads every record, so unreadable ones are known. */
  async function plan(content: string): Promise<ImportPlan> {
    const { interviews, problems } = await repository.readAll();
    const known = new Map(interviews.map((i) => [i.id, i]));
    const unreadable = new Set(problems.map((p) => p.key));
    return planImport(content, (id) => {
      const interview = known.get(id);
      if (interview) return { kind: 'ok', interview };
      return unreadable.has(interviewKey(id)) ? { kind: 'invalid' } : { kind: 'missing' };
    });
  }

  const actions = {
    /** Reads a chosen file and shows what importing it would do; nothing is written yet. */
    async chooseImport(fileName: string, content: string) {
      pending = { fileName, content };
      try {
        const planned = await plan(content);
        if (pending?.content !== content) return; // Another file was chosen meanwhile.
        setState({ plan: { ...planned, fileName }, message: null });
      } catch (error) {
        if (pending?.content !== content) return;
        pending = null;
        setState({ plan: null });
        say(
          'error',
          `Nothing was imported from ${fileName}: the stored interviews could not be read to compare (${reasonOf(error)}).`,
        );
      }
    },

    /** A chosen file the browser could not read (moved, deleted or changed since it was picked). */
    fileUnreadable(fileName: string, error: unknown) {
      say('error', `Could not read ${fileName} (${reasonOf(error)}). Nothing was imported.`);
    },

    cancelImport() {
      pending = null;
      setState({ plan: null });
    },

    /**
     * Plans again against storage as it is now (a panel may have typed, or
     * another import landed, since the preview) and writes that plan, so a
     * newer answer is never replaced by the file's older one.
     */
    async confirmImport() {
      const shown = getState().plan;
      if (!shown?.ok || !pending) return;
      const { fileName, content } = pending;
      try {
        const fresh = await plan(content);
        if (!fresh.ok) throw new Error(fresh.error);
        const writes = fresh.items.flatMap((i) => (i.result ? [i.result] : []));
        if (writes.length > 0) await repository.putInterviews(writes);
        // The scripts they were started with, so they open here as they were run.
        let refused = 0;
        for (const script of fresh.scripts.valid) if (!(await repository.scripts.importVersion(script))) refused += 1;
        const added = fresh.items.filter((i) => i.action === 'add').length;
        const updated = fresh.items.filter((i) => i.action === 'update').length;
        const skipped = fresh.items.length - added - updated;
        const changed =
          actionsOf(fresh) !== actionsOf(shown) ? ' Storage changed since the preview, so the plan was made again.' : '';
        pending = null;
        setState({ plan: null });
        const scripts = fresh.scripts.valid.length - refused;
        const withScripts =
          scripts > 0 ? ` ${scripts} ${scripts === 1 ? 'script version' : 'script versions'} kept with them.` : '';
        const notScripts =
          refused + fresh.scripts.invalid.length > 0
            ? ` ${refused + fresh.scripts.invalid.length} script ${refused + fresh.scripts.invalid.length === 1 ? 'version was' : 'versions were'} left out (unreadable, or another script is stored under the same version).`
            : '';
        say(
          'info',
          `Imported ${fileName}: ${added} added, ${updated} updated, ${skipped} skipped.${changed}${withScripts}${notScripts}`,
        );
      } catch (error) {
        say('error', `Nothing was imported: ${reasonOf(error)}`);
      }
    },
  };

  return { actions };
}

/** The plan's decisions in one string, to tell whether two plans differ. */
function actionsOf(plan: ImportPlan): string {
  return plan.ok ? plan.items.map((i) => `${i.path}:${i.action}`).join(',') : `refused:${plan.error}`;
}
