import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import { COPY_SUMMARY_KEYS, commandFor, type KeyInput, shortcutList } from '../../lib/keyboard/keymap';
import config from '../../wxt.config';

/**
 * docs/keyboard.md against the code (issue 17): every chord the keymap
 * handles, and every command the manifest declares, has a row in the doc's
 * table; every Alt+Shift chord the doc names anywhere is one of those. The
 * keymap is driven through `commandFor` with synthetic key events over a
 * whole keyboard, so a chord added to it without a row here fails.
 */

const doc = readFileSync(new URL('../../docs/keyboard.md', import.meta.url), 'utf8');

/** A key as the doc writes it after "Alt+Shift+" → the physical `code` the keymap matches. */
function codeOf(name: string): string {
  if (/^[A-Z]$/.test(name)) return `Key${name}`;
  if (/^[0-9]$/.test(name)) return `Digit${name}`;
  const named: Record<string, string> = { Enter: 'Enter', '/': 'Slash' };
  const code = named[name];
  if (!code) throw new Error(`docs-keyboard.test.ts does not know the key "${name}": add it to codeOf`);
  return code;
}

/** Keypad keys do what their main-keyboard twin does; the doc names the twin. */
function canonical(code: string): string {
  if (code === 'NumpadEnter') return 'Enter';
  const digit = /^Numpad([0-9])$/.exec(code);
  return digit ? `Digit${digit[1]}` : code;
}

/**
 * Chords written in a piece of text: "Alt+Shift+J", the range "Alt+Shift+1 … 9",
 * and a lone `?` (which the keymap takes without modifiers). Returned as
 * `Alt+Shift+<code>` and `?`.
 */
function chordsIn(text: string, withBareQuestionMark: boolean): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/Alt\+Shift\+(Enter|[A-Z0-9/])(?:\s*(?:…|\.\.\.)\s*([0-9]))?/g)) {
    const [, first = '', last] = m;
    if (last !== undefined) {
      for (let n = Number(first); n <= Number(last); n++) found.push(`Alt+Shift+${codeOf(String(n))}`);
    } else {
      found.push(`Alt+Shift+${codeOf(first)}`);
    }
  }
  if (withBareQuestionMark && /(?:^|[\s`])\?(?:[\s`]|$)/.test(text)) found.push('?');
  return found;
}

/** The first cell of every row of the doc's tables: where shortcuts are documented. */
const keyCells = doc
  .split('\n')
  .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
  .map((line) => line.split('|')[1]?.trim() ?? '');
const tableChords = new Set(keyCells.flatMap((cell) => chordsIn(cell, true)));
const mentionedChords = new Set(chordsIn(doc, false));

const base: KeyInput = { key: '', code: '', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, inTextField: false };
/** A whole keyboard's physical codes: letters, both rows of digits, punctuation, editing and function keys. */
const everyCode = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `Key${l}`),
  ...'0123456789'.split('').flatMap((d) => [`Digit${d}`, `Numpad${d}`]),
  ...['Enter', 'NumpadEnter', 'Space', 'Tab', 'Escape', 'Backspace', 'Delete', 'Insert', 'Home', 'End', 'PageUp', 'PageDown'],
  ...['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Slash', 'Backslash', 'IntlBackslash', 'Comma', 'Period'],
  ...['Semicolon', 'Quote', 'BracketLeft', 'BracketRight', 'Minus', 'Equal', 'Backquote'],
  ...['NumpadAdd', 'NumpadSubtract', 'NumpadMultiply', 'NumpadDivide', 'NumpadDecimal'],
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
];

/** Every key event the keymap turns into a command, as `Alt+Shift+<code>` or `?`. */
const handled = new Map<string, string>();
for (const code of everyCode) {
  const command = commandFor({ ...base, code, key: '', altKey: true, shiftKey: true, inTextField: true });
  if (command) handled.set(`Alt+Shift+${code}`, JSON.stringify(command));
}
for (const key of ['?', '/', 'h', 'j', 'k', 'c', 'Escape', 'Enter', 'F1']) {
  if (commandFor({ ...base, key, code: '' })) handled.set(key, 'bare');
}

/** The manifest's command shortcuts, for each browser it is built for. */
function manifestShortcuts(): string[] {
  const keys: string[] = [];
  for (const browser of ['chrome', 'firefox']) {
    const env = { browser, manifestVersion: 3, mode: 'production', command: 'build' } as ConfigEnv;
    const manifest = (typeof config.manifest === 'function' ? config.manifest(env) : config.manifest) as UserManifest;
    for (const command of Object.values(manifest.commands ?? {})) {
      keys.push(...Object.values((command as { suggested_key?: Record<string, string> }).suggested_key ?? {}));
    }
  }
  return keys;
}

describe('docs/keyboard.md', () => {
  it('finds the keymap handling something, and a table in the doc (the test reads what it thinks it reads)', () => {
    expect(handled.size).toBeGreaterThan(5);
    expect(tableChords.size).toBeGreaterThan(5);
  });

  it('documents every chord the keymap handles', () => {
    const undocumented = [...handled.keys()]
      .map((chord) => (chord.startsWith('Alt+Shift+') ? `Alt+Shift+${canonical(chord.slice('Alt+Shift+'.length))}` : chord))
      .filter((chord) => !tableChords.has(chord));
    expect([...new Set(undocumented)]).toEqual([]);
  });

  it('treats a keypad key as its twin, so one row documents both', () => {
    for (const [chord, command] of handled) {
      const code = chord.slice('Alt+Shift+'.length);
      if (canonical(code) !== code) expect(command, chord).toBe(handled.get(`Alt+Shift+${canonical(code)}`));
    }
  });

  it("documents the manifest's command shortcuts (the one that opens the panel)", () => {
    const shortcuts = manifestShortcuts();
    expect(shortcuts.length).toBeGreaterThan(0);
    const undocumented = shortcuts.filter((keys) => !chordsIn(keys, false).every((chord) => tableChords.has(chord)));
    expect(undocumented).toEqual([]);
    // A shortcut written in a form this test cannot read would pass above without being checked.
    for (const keys of shortcuts) expect(chordsIn(keys, false), keys).toHaveLength(1);
  });

  it('names no Alt+Shift chord, anywhere, that neither the keymap nor the manifest handles', () => {
    const manifest = new Set(manifestShortcuts().flatMap((keys) => chordsIn(keys, false)));
    const canonicalHandled = new Set(
      [...handled.keys()].map((chord) => `Alt+Shift+${canonical(chord.slice('Alt+Shift+'.length))}`),
    );
    const unknown = [...mentionedChords].filter((chord) => !canonicalHandled.has(chord) && !manifest.has(chord));
    expect(unknown).toEqual([]);
  });

  it("agrees with the panel's own help overlay and the copy chord", () => {
    const overlay = shortcutList.flatMap(({ keys }) => chordsIn(keys, true));
    expect(overlay.length).toBeGreaterThan(5);
    expect(overlay.filter((chord) => !tableChords.has(chord))).toEqual([]);
    expect(chordsIn(COPY_SUMMARY_KEYS, false).filter((chord) => !tableChords.has(chord))).toEqual([]);
  });
});
