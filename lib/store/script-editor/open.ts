import { reasonOf } from '../../reason';
import type { Script } from '../../script';
import { blankDraft, type DraftScript, draftOf } from '../../script/draft';
import type { ScriptChoice } from '../../script/library';
import { kitScript, type PastedKit, slug } from '../../script/paste';
import type { EditorContext } from './state';

/** Opening a draft in the editor: a copy, a pasted kit, a new script, one of yours; and closing it. */
export function openActions(ctx: EditorContext) {
  const { getState, show, say, write, leave, taken, deps } = ctx;
  const { scripts, drafts: stored, core, builtIns } = deps;

  /** Opens a draft the page has just made, and writes it at once. */
  async function start(draft: DraftScript, what: string): Promise<boolean> {
    if (!(await leave())) return false;
    const open = { draft };
    show(open, { removed: null, discarded: null });
    await write(open);
    say('info', what);
    return true;
  }

  async function sourceOf(choice: ScriptChoice): Promise<Script | null> {
    const fixed = [...builtIns, ...core.store.getState().organisation].find(
      (s) => s.id === choice.id && s.version === choice.version,
    );
    return fixed ?? (await scripts.resolve(choice.id, choice.version).catch(() => null));
  }

  return {
    /** A copy of a script as a new script of your own, open to edit. */
    async makeCopy(choice: ScriptChoice) {
      const script = await sourceOf(choice);
      if (!script) {
        say('error', `“${choice.name}” could not be read, so no copy was made.`);
        return;
      }
      const id = slug(`${script.id}-copy`, 'script-copy', taken());
      await start(
        draftOf(script, { id, name: `${script.name} (copy)`.slice(0, 120) }),
        `A copy of “${script.name}” is open below. Rename it and change what you need.`,
      );
    },

    /** The script a pasted kit makes, open in the editor to change before it is saved. */
    async editPasted(kit: PastedKit, name: string): Promise<boolean> {
      const script = kitScript(kit, name, [...taken()]);
      return await start(
        draftOf(script),
        `The pasted questions are open below as “${script.name}”: change what you need, then “Save script”.`,
      );
    },

    /** A new script of your own: one questions step to fill in. */
    async newScript() {
      await start(blankDraft(slug('new-script', 'new-script', taken()), 'New script'), 'A new script is open below.');
    },

    /** Opens one of your scripts: its draft if one is stored, else its latest version. */
    async edit(id: string) {
      if (getState().open?.draft.id === id) return;
      if (!(await leave())) return;
      try {
        const read = await stored.read();
        const entry = read.kind === 'ok' ? read.drafts[id] : undefined;
        if (entry) {
          show({ draft: entry.script, basedOn: entry.basedOn }, { removed: null, draftState: { state: 'saved' } });
          return;
        }
        const version = (await scripts.readLibrary())[id]?.versions.at(-1);
        const script = version === undefined ? null : await scripts.resolve(id, version);
        if (!script || version === undefined) throw new Error('it could not be read');
        show({ draft: draftOf(script), basedOn: version }, { removed: null, draftState: { state: 'saved' } });
      } catch (error) {
        say('error', `The script could not be opened: ${reasonOf(error)}`);
      }
    },

    /** Closes the editor; the draft stays stored until it is saved or discarded. */
    async close() {
      if (!(await leave())) return;
      show(null, { removed: null });
    },
  };
}
