import { createStore } from 'zustand/vanilla';
import type { CopyRoute, RichText } from '../clipboard';
import type { Interview } from '../interview';
import { reasonOf } from '../reason';
import type { Script } from '../script';
import type { Settings } from '../storage/registry';
import {
  buildSummary,
  DEFAULT_PROFILE_ID,
  isProfileId,
  type Profile,
  type ProfileId,
  profileOf,
  type Rendered,
} from '../summary';

/**
 * Copying the summary: the whole interview or one step, in the format chosen
 * in options or overridden for this copy, with a preview of exactly what is
 * pasted. The preview and the clipboard both go through `renderCopy`, so they
 * cannot differ.
 */

export interface ManualCopy {
  content: RichText;
  /** What is being copied, for the dialog's title: "the summary", a step's title, "the message for the candidate". */
  what: string;
  /** What the text is formatted for: the profile's short name, or "an email". */
  profileName: string;
  /** What the status line says after a copy by hand. */
  copiedByHand: string;
}

export interface SummaryCopyState {
  previewOpen: boolean;
  /**
   * The format for the next copy, chosen in the preview; null follows the
   * options default. It applies to one copy (issue 21: looking at Workday's
   * text once made every later Alt+Shift+C copy Workday text): the copy, or
   * closing the preview, puts the default back.
   */
  override: ProfileId | null;
  /** Both automatic routes were refused: the text waits in a dialog for Ctrl/Cmd+C. */
  manual: ManualCopy | null;
}

export interface CopySource {
  interview: Interview | null;
  /** The open interview's script; null when this panel does not have it (nothing is copied then). */
  script: Script | null;
  settings: Settings;
  /** The time of the copy, so a running interview timer counts up to it (issue 6). */
  now?: number;
}

export interface RenderedCopy {
  profile: Profile;
  content: Rendered;
  /** False when the summary (or the step) has no answers: only the header would be copied. */
  hasAnswers: boolean;
}

/**
 * The options default, unless it names a format this version does not know
 * (a newer version wrote it): then Greenhouse. The stored value is left as it
 * is, so the other settings in the same record are never reset because of it.
 */
export function defaultProfileId(settings: Settings): ProfileId {
  return isProfileId(settings.profile) ? settings.profile : DEFAULT_PROFILE_ID;
}

/**
 * What the preview shows and what the copy puts on the clipboard: one pure
 * function. The store's `rendered()` calls it with the store's clock for both.
 */
export function renderCopy(
  interview: Interview,
  script: Script,
  settings: Settings,
  override: ProfileId | null,
  only?: string,
  now?: number,
): RenderedCopy {
  const profile = profileOf(override ?? defaultProfileId(settings));
  const summary = buildSummary(interview, script, {
    interviewer: settings.interviewer,
    noRecordingNote: settings.noRecordingNote,
    listRejected: settings.listRejected === true,
    ...(only === undefined ? {} : { only }),
    ...(now === undefined ? {} : { now }),
  });
  return { profile, content: profile.render(summary), hasAnswers: summary.sections.length > 0 };
}

export interface SummaryCopyDeps {
  current(): CopySource;
  copy(content: RichText): Promise<CopyRoute>;
  say(tone: 'info' | 'error', text: string): void;
}

export function createSummaryCopy(deps: SummaryCopyDeps) {
  const store = createStore<SummaryCopyState>()(() => ({ previewOpen: false, override: null, manual: null }));
  const { getState, setState } = store;

  function rendered(only?: string): RenderedCopy | null {
    const { interview, script, settings, now } = deps.current();
    return interview && script ? renderCopy(interview, script, settings, getState().override, only, now) : null;
  }

  /** Both formats to the clipboard; when the browser refuses every route, the text waits in the manual-copy dialog. */
  async function deliver(content: RichText, copied: string, manual: Omit<ManualCopy, 'content'>): Promise<boolean> {
    try {
      const route = await deps.copy(content);
      deps.say('info', route === 'clipboard-api' ? copied : `${copied} (using the fallback copy command)`);
      return true;
    } catch (error) {
      setState({ manual: { content, ...manual } });
      deps.say('error', `${reasonOf(error)} The text is selected in a dialog: press Ctrl+C (⌘C on a Mac) to copy it.`);
      return false;
    }
  }

  const actions = {
    rendered,

    /** Copies the whole summary, or one step's section under the same header. */
    async copy(stepId?: string): Promise<void> {
      const { interview, script } = deps.current();
      const result = rendered(stepId);
      if (!result || !script) {
        deps.say(
          'info',
          interview
            ? 'This interview’s script is not available, so there is no summary to copy.'
            : 'Open an interview to copy its summary.',
        );
        return;
      }
      const step = stepId === undefined ? undefined : script.steps.find((s) => s.id === stepId);
      if (step && !result.hasAnswers) {
        deps.say('info', `Nothing captured in “${step.title}” yet, so there is nothing to copy.`);
        return;
      }
      const what = step ? `“${step.title}”` : 'the summary';
      const format = `for ${result.profile.short}`;
      // This copy took the choice; the next one follows the default again.
      setState({ override: null });
      await deliver(result.content, step ? `Copied ${what} ${format}` : `Copied ${format}`, {
        what,
        profileName: result.profile.short,
        copiedByHand: `Copied ${what} ${format} by hand`,
      });
    },

    /**
     * Copies the message for the candidate (issue 20), rendered by the preview
     * that shows it (lib/growth): what was shown is what is copied. Same routes
     * and fallbacks as the summary. True when it is on the clipboard.
     */
    async copyMessage(content: RichText, hasContent: boolean): Promise<boolean> {
      if (!hasContent) {
        deps.say('info', 'Nothing captured for the candidate yet, so there is nothing to copy.');
        return false;
      }
      const what = 'the message for the candidate';
      return deliver(content, `Copied ${what}`, { what, profileName: 'an email', copiedByHand: `Copied ${what} by hand` });
    },

    /** The manual-copy dialog closed: after a Ctrl/Cmd+C in it, or without one. */
    closeManual(copied: boolean) {
      const { manual } = getState();
      if (!manual) return;
      setState({ manual: null });
      deps.say('info', copied ? manual.copiedByHand : 'Not copied.');
    },

    togglePreview() {
      const open = !getState().previewOpen;
      setState(open ? { previewOpen: true } : { previewOpen: false, override: null });
    },

    /** The format for the next copy from this panel; null goes back to the options default. */
    setOverride(id: ProfileId | null) {
      setState({ override: id });
    },
  };

  return { store, actions };
}

export type SummaryCopy = ReturnType<typeof createSummaryCopy>;
