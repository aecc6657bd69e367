import { reasonOf } from '../../reason';
import { type DraftProblem, finishDraft, problemText } from '../../script/check';
import { draftOf } from '../../script/draft';
import { slug } from '../../script/paste';
import { canonical } from '../../storage/scripts';
import type { EditorContext } from './state';

/** Saving the open draft as a version, and discarding it (with undo). */
export function saveActions(ctx: EditorContext) {
  const { getState, show, say, flush, deps, now, taken, leave, write } = ctx;
  const { scripts, drafts: stored, core, builtIns } = deps;
  return {
    /**
     * Saves the open draft as the next version, which new interviews get;
     * interviews already started keep theirs. Refused, with the reason, while it has problems.
     */
    async save(): Promise<boolean> {
      const open = getState().open;
      if (!open) return false;
      await flush();
      const { problems } = getState();
      if (problems.length > 0) {
        say(
          'error',
          `Not saved as a version: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} to fix first (${problemText(problems[0] as DraftProblem)}). Your draft is kept.`,
        );
        return false;
      }
      try {
        const library = await scripts.library.read();
        if (library.kind !== 'ok') throw new Error('your stored scripts cannot be read, so nothing is added to them');
        if (
          builtIns.some((b) => b.id === open.draft.id) ||
          core.store.getState().organisation.some((o) => o.id === open.draft.id)
        ) {
          throw new Error('its id belongs to a script that is not yours');
        }
        const latest = library.value.scripts[open.draft.id]?.versions.at(-1);
        // A script saved for the first time takes its id from its name (its file is `<id>-v1.json`).
        const others = taken();
        others.delete(open.draft.id);
        const id =
          latest === undefined && open.basedOn === undefined ? slug(open.draft.name, open.draft.id, others) : open.draft.id;
        const finished = finishDraft({ ...open.draft, id }, (latest ?? 0) + 1);
        if (!finished.ok) throw new Error(problemText(finished.problems[0] as DraftProblem));
        if (latest !== undefined) {
          const current = await scripts.resolve(open.draft.id, latest);
          if (current && canonical({ ...current, version: 0 }) === canonical({ ...finished.script, version: 0 })) {
            await stored.drop(open.draft.id);
            show({ draft: open.draft, basedOn: latest });
            say('info', `Nothing to save: this is version ${latest} as it is.`);
            return true;
          }
        }
        // The version first, then the draft goes: a failure in between keeps both.
        await scripts.addVersion(finished.script);
        await stored.drop(open.draft.id);
        show({ draft: draftOf(finished.script), basedOn: finished.script.version });
        await core.actions.refresh();
        say(
          'info',
          `Saved “${finished.script.name}”, version ${finished.script.version}. New interviews can use it; interviews already started keep theirs.`,
        );
        return true;
      } catch (error) {
        say('error', `Not saved as a version: ${reasonOf(error)}. Your draft is kept.`);
        return false;
      }
    },

    /** Throws the open draft away (the saved versions stay); "Undo discard" brings it back. */
    async discard() {
      const open = getState().open;
      if (!open) return;
      await flush();
      ctx.cancelRetry();
      try {
        const read = await stored.read();
        const entry = read.kind === 'ok' ? read.drafts[open.draft.id] : undefined;
        await stored.drop(open.draft.id);
        show(null, {
          removed: null,
          discarded: entry ?? { at: now(), script: open.draft, basedOn: open.basedOn },
          draftState: { state: 'saved' },
        });
        say('info', `Discarded the draft of “${open.draft.name}”.${open.basedOn ? ` Version ${open.basedOn} is kept.` : ''}`);
      } catch (error) {
        say('error', `The draft was not discarded: ${reasonOf(error)}`);
      }
    },

    async undoDiscard() {
      const { discarded } = getState();
      if (!discarded || !(await leave())) return;
      const open = { draft: discarded.script, basedOn: discarded.basedOn };
      show(open, { discarded: null });
      await write(open);
      say('info', `“${open.draft.name}” is open again.`);
    },
  };
}
