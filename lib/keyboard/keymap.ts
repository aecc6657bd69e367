/**
 * Key event → panel command. Pure, so the whole table is tested without a DOM.
 *
 * Every chord is Alt+Shift+<key>: Meet, Zoom and Teams use Ctrl/Cmd (+Shift)
 * and Alt alone (Zoom's Alt+A, Alt+V, Teams' Ctrl+Shift+M…), browsers use
 * Ctrl/Cmd, and Alt+Shift types nothing in a textarea on the usual layouts,
 * so a chord never eats a call's shortcut. Keys are matched by physical
 * `code`, because on macOS Option+Shift+J produces "Ô" as `key` (the panel
 * prevents that character from being typed when it handles the chord).
 */
export type Command =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'jump'; step: number }
  | { kind: 'focusNextAnswer' }
  | { kind: 'markQuote' }
  | { kind: 'flagFollowUp' }
  | { kind: 'copy' }
  | { kind: 'timer' }
  | { kind: 'help' };

export interface KeyInput {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** True when focus is in a place that takes typing (textbox, contenteditable). */
  inTextField: boolean;
}

/** The chord that copies the summary, as `aria-keyshortcuts` and the footer's tooltip name it. */
export const COPY_SUMMARY_KEYS = 'Alt+Shift+C';

const chords: Readonly<Record<string, Command>> = {
  KeyJ: { kind: 'next' },
  KeyK: { kind: 'previous' },
  Enter: { kind: 'focusNextAnswer' },
  NumpadEnter: { kind: 'focusNextAnswer' },
  KeyQ: { kind: 'markQuote' },
  KeyF: { kind: 'flagFollowUp' },
  KeyC: { kind: 'copy' },
  KeyP: { kind: 'timer' },
  Slash: { kind: 'help' },
};

export function commandFor(e: KeyInput): Command | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.altKey && e.shiftKey) {
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
    if (digit) return { kind: 'jump', step: Number(digit[1]) };
    return chords[e.code] ?? null;
  }
  // `?` alone opens help, but never while typing: it is a character there.
  if (!e.altKey && e.key === '?' && !e.inTextField) return { kind: 'help' };
  return null;
}

/** The help overlay's table, in the order it is read. */
export const shortcutList: readonly { keys: string; what: string }[] = [
  { keys: 'Alt+Shift+J', what: 'Next step' },
  { keys: 'Alt+Shift+K', what: 'Previous step' },
  { keys: 'Alt+Shift+1 … 9', what: 'Go to step 1 to 9' },
  { keys: 'Alt+Shift+Enter', what: 'Go to the next answer box' },
  { keys: 'Alt+Shift+Q', what: 'Mark the answer you are in as their own words (again to clear)' },
  { keys: 'Alt+Shift+F', what: 'Flag the answer you are in to follow up (again to clear)' },
  { keys: 'Alt+Shift+C', what: 'Copy summary' },
  { keys: 'Alt+Shift+P', what: 'Start or pause the timer' },
  { keys: 'Alt+Shift+/ or ?', what: 'These shortcuts (? only outside a text box)' },
  // Chrome's chrome://extensions/shortcuts, Firefox's "Manage Extension Shortcuts": docs/keyboard.md names both.
  { keys: 'Alt+Shift+O', what: "Open this panel from any tab (change it in the browser's extension shortcuts page)" },
];

/** The next index after `current` in a list of `count`, wrapping; the first when nothing is current. */
export function nextIndex(current: number, count: number): number {
  if (count === 0) return -1;
  return current < 0 ? 0 : (current + 1) % count;
}
