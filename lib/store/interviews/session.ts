import {
  type FieldValue,
  hasNewerFields,
  type Interview,
  type Mark,
  markOf,
  mergeInterviews,
  type Quoted,
  quoteWords,
  setField,
  setFields,
  setMark,
  text,
} from '../../interview';
import type { Script } from '../../script';
import type { ReadResult } from '../../storage/parse';
import { currentStepId, pacingActions } from '../pacing';
import { nothingOpen } from './initial';
import { kindActions } from './kinds';
import type { Saving } from './saving';
import { createStarting } from './starting';
import type { Context } from './state';
import { createTyping } from './typing';

/**
 * The open interview: opening one (starting one is ./starting.ts), every
 * change to it (answers, arenas, marks, pacing) as a pure update that is
 * saved, moving between its steps, and folding in what other windows save
 * into it. Its script is resolved once, when it is read; an interview whose
 * script this panel does not have is shown as not available and never
 * written.
 */
export function createSession(ctx: Context, saving: Saving) {
  const { deps, getState, setState, say, staleInfo } = ctx;
  const { repository, clock } = deps;

  const scripts = repository.scripts;
  /** Another window's save of the interview being opened, landed while `open` was still reading. */
  let arriving: Interview | null = null;
  function takeArriving(id: string): Interview | null {
    const landed = arriving?.id === id ? arriving : null;
    arriving = null;
    return landed;
  }
  const typing = createTyping((id, incoming) => applyRead(id, { kind: 'ok', interview: incoming }, false));
  const starting = createStarting(ctx, saving, () => typing.reset());

  /** Applies a pure update to the open interview and saves it; null when nothing changed or it cannot be changed. */
  function update(change: (interview: Interview, script: Script, t: number) => Interview): Interview | null {
    const { interview, script, openProblem } = getState();
    if (!interview || !script || openProblem) return null;
    const next = change(interview, script, clock());
    if (next === interview) return null;
    typing.typed(interview, next);
    setState({ interview: next });
    saving.save(next);
    return next;
  }

  /** Shows a read of the open interview: the newest copy, with what this panel still holds for it, and its script. */
  function show(read: Interview, script: Script | null) {
    const current = getState().interview;
    const interview = current ? mergeInterviews(current, read) : read;
    setState({ interview, script });
  }

  const pacing = pacingActions(update, say);

  /** A stored change of the open interview (another window's save, a repair, a delete). */
  function applyRead(id: string, result: ReadResult, own: boolean) {
    const { openId, interview } = getState();
    if (id !== openId) return;
    if (result.kind === 'invalid') {
      setState({ openProblem: result.problem });
      return;
    }
    if (result.kind === 'missing') {
      if (interview) {
        saving.unlist(id);
        say('error', 'This interview was deleted outside this panel. Your text is still here; typing saves it again.');
      }
      return;
    }
    const incoming = result.interview;
    // Readable again (another window repaired or re-imported it): the problem is over.
    if (getState().openProblem) setState({ openProblem: null });
    if (!interview) {
      // `open` is still reading the record or its script: it merges this copy into what it shows.
      arriving = arriving ? mergeInterviews(arriving, incoming) : incoming;
      return;
    }
    // Our own echo: storage will end on our latest write, and any other
    // page's write that lands after it raises its own event.
    if (own) return;
    // Text this panel is typing waits (./typing.ts); everything else folds in now.
    const merged = typing.holdBack(interview, mergeInterviews(interview, incoming), incoming);
    if (merged !== interview) setState({ interview: merged });
    // The other page's copy lacks something we have: write the union back
    // (held like any save, so a refused write keeps the other page's fields too).
    // Never for an interview whose script is not available: nothing is written for it.
    if (getState().script && hasNewerFields(merged, incoming)) saving.writeBack(merged);
  }

  const actions = {
    showList() {
      saving.flush();
      typing.reset();
      setState({ ...nothingOpen, ...staleInfo() });
    },

    ...starting.actions,

    async open(id: string) {
      saving.flush();
      arriving = null;
      typing.reset();
      setState({ screen: 'interview', openId: id, interview: null, script: null, openProblem: null, ...staleInfo() });
      const result = await repository.readInterview(id);
      if (getState().openId !== id) return;
      // Text storage refused earlier is still held: show it, not the older stored copy.
      if (result.kind === 'ok') {
        const script = await scripts.resolve(result.interview.scriptId, result.interview.scriptVersion).catch(() => null);
        if (getState().openId !== id) return;
        const landed = takeArriving(id);
        const read = landed ? mergeInterviews(result.interview, landed) : result.interview;
        show(saving.withHeld(read), script);
      } else if (result.kind === 'invalid') setState({ openProblem: result.problem });
      else setState({ openProblem: { key: `interview:${id}`, reasons: ['the record is missing from storage'] } });
    },

    setAnswer(key: string, value: FieldValue) {
      update((interview, _script, t) => setField(interview, key, value, t));
    },

    /** Several fields in one write: accepting an offering stores its name and kind beside the decision. */
    setAnswers(values: Record<string, FieldValue>) {
      update((interview, _script, t) => setFields(interview, values, t));
    },

    goTo(stepId: string) {
      setState(staleInfo());
      pacing.goToStep(stepId);
    },

    /** Keyboard: the step `delta` away from the current one (J/K); nothing past either end. */
    stepBy(delta: number) {
      const { interview, script } = getState();
      if (!interview || !script) return;
      const at = script.steps.findIndex((s) => s.id === currentStepId(interview, script));
      const target = script.steps[at + delta];
      if (target) actions.goTo(target.id);
    },

    /** Keyboard: step n, counted from 1 as on screen; a number past the last step does nothing. */
    goToNumber(n: number) {
      const target = getState().script?.steps[n - 1];
      if (target) actions.goTo(target.id);
    },

    toggleTimer: () => pacing.toggleTimer(),
    setBudget: (stepId: string, minutes: string) => pacing.setBudget(stepId, minutes),
    /**
     * Alt+Shift+Q / F: toggles the mark and says what happened in the status
     * region, because the key press has no button of its own to show it.
     */
    keyboardMark: (fieldKey: string, mark: Mark) => pacing.toggleMark(fieldKey, mark),

    ...kindActions(update, say),

    /**
     * "Quote" with words selected in an answer: wraps them in quotation marks in
     * the answer (or takes marks off them). Returns where the words are now, so
     * the selection can follow; null when the selection holds no words.
     */
    quoteWords(fieldKey: string, start: number, end: number): Quoted | null {
      let quoted: Quoted | null = null;
      update((interview, _script, t) => {
        quoted = quoteWords(text(interview, fieldKey), start, end);
        return quoted ? setField(interview, fieldKey, quoted.text, t) : interview;
      });
      return quoted;
    },

    /** Marks an answer as a quote or a follow-up; pressing the mark it already has clears it. */
    toggleMark(fieldKey: string, mark: Mark) {
      update((interview, _script, t) => setMark(interview, fieldKey, markOf(interview, fieldKey) === mark ? '' : mark, t));
    },
  };

  return {
    actions,
    update,
    applyRead,
  };
}

export type Session = ReturnType<typeof createSession>;
