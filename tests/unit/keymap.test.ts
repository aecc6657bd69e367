import { describe, expect, it } from 'vitest';
import { type Command, commandFor, type KeyInput, nextIndex } from '../../lib/keyboard/keymap';

const base: KeyInput = { key: '', code: '', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, inTextField: false };
const chord = (code: string, key = '', extra: Partial<KeyInput> = {}): KeyInput => ({
  ...base,
  code,
  key,
  altKey: true,
  shiftKey: true,
  ...extra,
});

describe('keymap', () => {
  it.each<[string, KeyInput, Command | null]>([
    ['Alt+Shift+J: next', chord('KeyJ', 'J'), { kind: 'next' }],
    ['Alt+Shift+K: previous', chord('KeyK', 'K'), { kind: 'previous' }],
    ['Alt+Shift+3: step 3', chord('Digit3', '#'), { kind: 'jump', step: 3 }],
    ['Alt+Shift+numpad 5: step 5', chord('Numpad5', '5'), { kind: 'jump', step: 5 }],
    ['Alt+Shift+0: nothing (no step 0)', chord('Digit0', ')'), null],
    ['Alt+Shift+Enter: next answer', chord('Enter', 'Enter'), { kind: 'focusNextAnswer' }],
    ['Alt+Shift+Q: quote', chord('KeyQ', 'Q'), { kind: 'markQuote' }],
    ['Alt+Shift+F: follow up', chord('KeyF', 'F'), { kind: 'flagFollowUp' }],
    ['Alt+Shift+C: copy', chord('KeyC', 'C'), { kind: 'copy' }],
    ['Alt+Shift+P: timer', chord('KeyP', 'P'), { kind: 'timer' }],
    ['Alt+Shift+/: help', chord('Slash', '?'), { kind: 'help' }],
    ['chords work while typing', chord('KeyJ', 'J', { inTextField: true }), { kind: 'next' }],
    ['macOS Option+Shift+J (key is Ô): matched by code', chord('KeyJ', 'Ô'), { kind: 'next' }],
    ['? outside a text field: help', { ...base, key: '?', code: 'Slash', shiftKey: true }, { kind: 'help' }],
    ['? in a text field is typing', { ...base, key: '?', code: 'Slash', shiftKey: true, inTextField: true }, null],
    ['J alone is typing', { ...base, key: 'j', code: 'KeyJ' }, null],
    ['Alt+J alone (Zoom and Teams use Alt+letter)', { ...base, key: 'j', code: 'KeyJ', altKey: true }, null],
    ['Shift+J is a capital', { ...base, key: 'J', code: 'KeyJ', shiftKey: true }, null],
    ['Ctrl+Shift+C (devtools) is not ours', chord('KeyC', 'C', { ctrlKey: true }), null],
    ['Cmd+Shift+C is not ours', chord('KeyC', 'C', { metaKey: true }), null],
    ['Ctrl+Alt+Shift+J is not ours (AltGr layouts)', chord('KeyJ', 'J', { ctrlKey: true }), null],
    ['Alt+Shift+X: unassigned', chord('KeyX', 'X'), null],
  ])('%s', (_name, input, expected) => {
    expect(commandFor(input)).toEqual(expected);
  });

  it.each([
    [-1, 3, 0],
    [0, 3, 1],
    [2, 3, 0],
    [0, 0, -1],
  ])('after %d of %d comes %d', (current, count, expected) => {
    expect(nextIndex(current, count)).toBe(expected);
  });
});
