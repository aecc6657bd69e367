import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { commandFor, nextIndex } from '../lib/keyboard/keymap';
import { quoteInAnswer } from './quoteInAnswer';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useActions, useInterviews } from './StoreContext';

/** Whether the help dialog is open: shared by the keys, the button in the header and the dialog. */
const help = createStore<{ open: boolean }>()(() => ({ open: false }));
const setHelpOpen = (open: boolean | ((was: boolean) => boolean)) =>
  help.setState((s) => ({ open: typeof open === 'function' ? open(s.open) : open }));

/** Answer boxes carry their field key, so a shortcut knows which answer it is in. */
const ANSWER = 'textarea[data-field-key]';

function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable)) return true;
  return el instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|range|color|file)$/.test(el.type);
}

/**
 * The panel's keyboard layer: one keydown listener for the whole page that
 * turns chords (lib/keyboard/keymap.ts) into store actions, and the help
 * dialog. Commands that act on an interview only work while one is open.
 */
export function Shortcuts() {
  const actions = useActions();
  const inInterview = useInterviews((s) => s.screen === 'interview' && s.interview !== null && s.openProblem === null);
  const helpOpen = useStore(help, (s) => s.open);
  // The listener is added once; it reads the latest values from here.
  const live = useRef({ inInterview, helpOpen });
  live.current = { inInterview, helpOpen };

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing || e.repeat) return;
      const active = document.activeElement;
      const command = commandFor({ ...pick(e), inTextField: isTextField(active) });
      if (!command) return;
      const { inInterview, helpOpen } = live.current;
      if (command.kind === 'help') {
        e.preventDefault();
        setHelpOpen((open) => !open);
        return;
      }
      // The help dialog is modal, and a chord on the list has nothing to act on (but the copy, which says why).
      if (helpOpen || (!inInterview && command.kind !== 'copy')) return;
      // On macOS Option+Shift+letter types a character: the chord must not.
      e.preventDefault();
      const fieldKey = active instanceof HTMLElement ? active.dataset.fieldKey : undefined;
      // Our own offers (step 5) take no marks: only the candidate's answers do.
      const markable = active instanceof HTMLElement && active.dataset.markable === 'true';
      switch (command.kind) {
        case 'next':
          return actions.stepBy(1);
        case 'previous':
          return actions.stepBy(-1);
        case 'jump':
          return actions.goToNumber(command.step);
        case 'copy':
          return void actions.copySummary();
        case 'timer':
          return actions.toggleTimer();
        case 'focusNextAnswer': {
          const boxes = [...document.querySelectorAll<HTMLElement>(ANSWER)];
          const next = boxes[nextIndex(boxes.indexOf(active as HTMLElement), boxes.length)];
          // A step without answer boxes (the arena choice): its first control.
          const target = next ?? document.querySelector<HTMLElement>('.iv-main input:not(:disabled)');
          if (target) target.focus();
          else actions.hint('This step has no answer box.');
          return;
        }
        case 'markQuote':
        case 'flagFollowUp':
          if (!fieldKey) return actions.hint('Put the cursor in an answer first (Alt+Shift+Enter goes to the next one).');
          if (!markable) return actions.hint('Only the candidate’s answers take a quote or follow-up mark.');
          if (
            command.kind === 'markQuote' &&
            active instanceof HTMLTextAreaElement &&
            quoteInAnswer(actions, active, fieldKey, [active.selectionStart, active.selectionEnd])
          ) {
            return;
          }
          return actions.keyboardMark(fieldKey, command.kind === 'markQuote' ? 'quote' : 'followup');
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actions]);

  return <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />;
}

function pick(e: KeyboardEvent) {
  return { key: e.key, code: e.code, altKey: e.altKey, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey };
}

/** The "Keyboard shortcuts" button; `?` opens the same dialog. */
export function ShortcutsButton() {
  const open = () => setHelpOpen(true);
  return (
    <button
      type="button"
      className="shortcuts-button"
      aria-keyshortcuts="Shift+? Alt+Shift+/"
      title="Keyboard shortcuts (?)"
      onClick={open}
    >
      <span aria-hidden="true">⌨</span>
      <span className="sr-only">Keyboard shortcuts</span>
    </button>
  );
}
