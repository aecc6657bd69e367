import { createStore } from 'zustand/vanilla';
import type { Download } from '../download';
import { reasonOf } from '../reason';
import type { Script } from '../script';
import { readScriptFile, scriptFile, scriptFileName } from '../script/file';
import { type Library, planScriptImport, type ScriptChoice, type ScriptImportPlan, scriptChoices } from '../script/library';
import { parseManagedScripts } from '../script/managed';
import { kitScript, type PastedKit } from '../script/paste';
import { ScriptSchema } from '../script/validate';
import type { ManagedSource } from '../storage/port';
import type { Scripts } from '../storage/scripts';
import { describeIssues } from '../zod';
import { createStatusLine, type Status } from './status-line';

export interface ScriptsState {
  phase: 'loading' | 'ready';
  /** The built-in scripts, then the interviewer's own. */
  choices: ScriptChoice[];
  /** Set while the stored library cannot be read: it is kept as it is, and nothing is imported over it. */
  problem: string | null;
  /** The organisation's scripts (policy), read-only. */
  organisation: Script[];
  /** Policy entries left out, each with its place and why. */
  organisationProblems: string[];
  message: Status | null;
  /** The script just deleted, offered back with "Undo delete" until another delete or an undo. */
  removed: ScriptChoice | null;
  /** A script file read and checked, waiting for "Import script"; or why it cannot be imported. */
  pending: { fileName: string; plan: ScriptImportPlan } | { fileName: string; problems: string[] } | null;
}

export interface ScriptsDeps {
  scripts: Scripts;
  builtIns: readonly Script[];
  /** The organisation's scripts pushed by policy (managed storage `scripts`). */
  managed?: ManagedSource;
  /** How long news stays in the status line; errors stay until replaced. */
  infoMs?: number;
}

/**
 * The options page's scripts library (issue 18): what there is, export, and
 * import of a script file, shown first and then confirmed. Every version is
 * stored once and never changed, so nothing here can change a past interview.
 */
export function createScriptsStore(deps: ScriptsDeps) {
  const { scripts, builtIns } = deps;
  const store = createStore<ScriptsState>()(() => ({
    phase: 'loading',
    choices: scriptChoices({}, builtIns),
    problem: null,
    organisation: [],
    organisationProblems: [],
    removed: null,
    message: null,
    pending: null,
  }));
  const { getState, setState } = store;
  const { say } = createStatusLine(
    () => getState().message,
    (message) => setState({ message }),
    deps.infoMs ?? 8000,
  );

  let stored: Library = {};
  function show(read: Awaited<ReturnType<Scripts['library']['read']>>) {
    if (read.kind === 'ok') stored = read.value.scripts;
    setState({
      phase: 'ready',
      choices: scriptChoices(stored, builtIns, getState().organisation),
      problem: read.kind === 'ok' ? null : read.problem.reasons.join('; '),
    });
  }

  async function loadOrganisation() {
    const value = await deps.managed?.read();
    const { scripts: organisation, problems } =
      value?.kind === 'ok' ? parseManagedScripts(value.raw, builtIns) : { scripts: [], problems: [] };
    setState({ organisation, organisationProblems: problems, choices: scriptChoices(stored, builtIns, organisation) });
  }

  async function library(): Promise<Library | null> {
    const read = await scripts.library.read();
    show(read);
    return read.kind === 'ok' ? read.value.scripts : null;
  }

  const actions = {
    async init(): Promise<() => void> {
      await Promise.all([
        loadOrganisation(),
        library().catch((error: unknown) => setState({ phase: 'ready', problem: reasonOf(error) })),
      ]);
      const unwatch = scripts.library.watch(({ read }) => show(read));
      const unwatchManaged = deps.managed?.watch(() => void loadOrganisation());
      return () => {
        unwatch();
        unwatchManaged?.();
      };
    },

    /** Reads a chosen file and says what importing it would do; nothing is written yet. */
    async chooseImport(fileName: string, text: string) {
      const file = readScriptFile(text);
      if (!file.ok) {
        setState({ pending: { fileName, problems: file.problems } });
        say('error', `${fileName} cannot be imported: nothing was changed.`);
        return;
      }
      const current = await library();
      if (!current) {
        setState({ pending: null });
        say('error', 'Your stored scripts cannot be read, so nothing is imported over them.');
        return;
      }
      setState({ pending: { fileName, plan: planScriptImport(file.script, current, builtIns, getState().organisation) } });
    },

    /** Reads the library again (after a page saved a version through the editor). */
    async refresh() {
      await library();
    },

    cancelImport() {
      setState({ pending: null });
    },

    async confirmImport() {
      const pending = getState().pending;
      if (!pending || !('plan' in pending) || !pending.plan.ok) return;
      const { script } = pending.plan;
      try {
        // Planned again against what is stored now: another page may have imported meanwhile.
        const current = await library();
        const plan = current ? planScriptImport(script, current, builtIns, getState().organisation) : null;
        if (!plan?.ok) {
          setState({ pending: plan ? { fileName: pending.fileName, plan } : null });
          say('error', 'Nothing was imported: the stored scripts changed meanwhile. Read what it would do now.');
          return;
        }
        await scripts.addVersion(script);
        setState({ pending: null });
        await library();
        say('info', `Imported “${script.name}”, version ${script.version}. New interviews can use it now.`);
      } catch (error) {
        say('error', `Nothing was imported: ${reasonOf(error)}`);
      }
    },

    /**
     * Saves a pasted kit as a new script of your own (version 1), named as
     * typed; its id is made unique among the scripts here. False when nothing was saved.
     */
    async savePasted(kit: PastedKit, name: string): Promise<boolean> {
      if (kit.sections.length === 0) {
        say('error', 'Nothing to save: no questions were found in the pasted text.');
        return false;
      }
      try {
        const current = await library();
        if (!current) throw new Error('your stored scripts cannot be read, so nothing is added to them');
        const taken = [...Object.keys(current), ...builtIns.map((b) => b.id), ...getState().organisation.map((o) => o.id)];
        const script = kitScript(kit, name, taken);
        const checked = ScriptSchema.safeParse(script);
        if (!checked.success) throw new Error(describeIssues(checked.error).join('; '));
        await scripts.addVersion(checked.data);
        await library();
        say(
          'info',
          `Saved “${script.name}”: ${script.steps.length} ${script.steps.length === 1 ? 'step' : 'steps'}. New interviews can use it now.`,
        );
        return true;
      } catch (error) {
        say('error', `Nothing was saved: ${reasonOf(error)}`);
        return false;
      }
    },

    /** Deletes one of your scripts from the library: interviews that ran it keep their version; Undo brings it back. */
    async deleteScript(choice: ScriptChoice) {
      if (choice.source !== 'own') return;
      try {
        await scripts.setDeleted(choice.id, true);
        setState({ removed: choice });
        await library();
        say('info', `Deleted “${choice.name}”. Interviews that ran it keep it.`);
      } catch (error) {
        say('error', `“${choice.name}” was not deleted: ${reasonOf(error)}`);
      }
    },

    async undoDelete() {
      const removed = getState().removed;
      if (!removed) return;
      try {
        await scripts.setDeleted(removed.id, false);
        setState({ removed: null });
        await library();
        say('info', `“${removed.name}” is back.`);
      } catch (error) {
        say('error', `“${removed.name}” could not be brought back: ${reasonOf(error)}`);
      }
    },

    fileUnreadable(fileName: string, error: unknown) {
      say('error', `Could not read ${fileName} (${reasonOf(error)}). Nothing was imported.`);
    },

    /** The script's latest version as a file; null (and said why) when it cannot be read. */
    async exportScript(choice: ScriptChoice): Promise<Download | null> {
      const script =
        [...builtIns, ...getState().organisation].find((b) => b.id === choice.id && b.version === choice.version) ??
        (await scripts.resolve(choice.id, choice.version).catch(() => null));
      if (!script) {
        say('error', `“${choice.name}” could not be read, so it was not exported.`);
        return null;
      }
      say('info', `Exported “${script.name}” to ${scriptFileName(script)}, in your downloads.`);
      return { filename: scriptFileName(script), json: scriptFile(script) };
    },
  };

  return { store, actions };
}

export type ScriptsStore = ReturnType<typeof createScriptsStore>;
