import { createInterview } from '../../interview';
import { entryOf } from '../../interview/entry';
import { reasonOf } from '../../reason';
import type { Script } from '../../script';
import { builtInScripts } from '../../script';
import { defaultChoice } from '../../script/library';
import { parseManagedScripts } from '../../script/managed';
import { QuarantinedError } from '../../storage/quarantine';
import { type Saving, why } from './saving';
import type { Context, NewInterviewForm } from './state';

/**
 * Starting an interview: the "New interview" form's script choices (built-in,
 * the organisation's from policy, the user's own) and the start itself, pinned
 * to the chosen script's version. `opened` is called when the new interview
 * becomes the open one (the session forgets what it was typing).
 */
export function createStarting(ctx: Context, saving: Saving, opened: () => void) {
  const { deps, getState, setState, say, staleInfo } = ctx;
  const { repository, clock } = deps;
  const scripts = repository.scripts;

  /** The script a new interview starts with: the one chosen in "Script", else the default chosen in options. */
  async function scriptForNew(form: NewInterviewForm): Promise<Script | null> {
    const wanted = form.script ?? defaultChoice(getState().scriptChoices, getState().settings.defaultScript);
    if (!wanted) return builtInScripts[0] ?? null;
    const fromPolicy = getState().orgScripts.find((o) => o.id === wanted.id && o.version === wanted.version);
    return fromPolicy ?? scripts.resolve(wanted.id, wanted.version);
  }

  /** The organisation's scripts from policy (read-only), when this page can read them. */
  async function readOrganisation(): Promise<Script[]> {
    const value = await deps.managedScripts?.read();
    return value?.kind === 'ok' ? parseManagedScripts(value.raw, builtInScripts).scripts : [];
  }

  const actions = {
    showNew() {
      setState({ screen: 'new', ...staleInfo() });
      void actions.loadScriptChoices();
    },

    /** Reads what "Script" offers; until it is read (or when it cannot be), the built-in scripts. */
    async loadScriptChoices() {
      try {
        const orgScripts = await readOrganisation();
        setState({ orgScripts, scriptChoices: await scripts.choices(orgScripts) });
      } catch (error) {
        say('error', `Your own scripts could not be read: ${reasonOf(error)}. The built-in script is offered.`);
      }
    },

    /** Starts an interview pinned to its script's version; resolves to its id, or null when the script cannot be read. */
    async start(form: NewInterviewForm): Promise<string | null> {
      const script = await scriptForNew(form);
      if (!script) {
        say('error', 'That script could not be read, so no interview was started. Choose another one in "Script".');
        return null;
      }
      const interview = createInterview(
        { id: deps.newId(), candidate: form.candidate, role: form.role, atsLink: form.atsLink },
        script,
        clock(),
      );
      opened();
      setState({
        screen: 'interview',
        openId: interview.id,
        interview,
        script,
        openProblem: null,
        filter: 'active',
        ...staleInfo(),
      });
      saving.save(interview);
      // A built-in or organisation version is kept in storage too, so the interview reads as run after an update changes it.
      const own = getState().scriptChoices.some((c) => c.id === script.id && c.source === 'own');
      if (!own)
        scripts.keep(script).catch((error: unknown) => console.error('Reverse Interview: could not keep the script', error));
      try {
        await repository.indexInterview(entryOf(interview));
      } catch (error) {
        if (error instanceof QuarantinedError) {
          // The list is rebuilt from the records while its index cannot be read: nothing to retry.
          say('error', `The interview is saved but the list could not be updated: ${reasonOf(error)}`);
        } else {
          // Its next write lists it, merged with what storage holds then, and is retried until storage takes both.
          const { openId, interview: open } = getState();
          saving.relist(openId === interview.id && open ? open : interview);
          say('error', `The interview is not in the list yet: ${why(error)} It is added as soon as storage takes it.`);
        }
      }
      return interview.id;
    },
  };

  return { actions };
}
