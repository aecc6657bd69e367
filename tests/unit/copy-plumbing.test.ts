// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copyRichText, fillCopyEvent } from '../../lib/clipboard';
import { isAnswerKey, isInterviewingKey, NON_ANSWER_PREFIXES, setField } from '../../lib/interview';
import { commandFor } from '../../lib/keyboard/keymap';
import { interviewDuration } from '../../lib/summary';
import { CREATED_AT, newInterview } from './support';
import { keys } from './support/ri';

const content = { html: '<p><b>Ada</b></p>', text: 'Ada\n- one\n' };

describe('which fields are answers', () => {
  it.each([
    [keys.answer('difference', 'note'), true],
    [keys.grid('technical', 'learn'), true],
    [keys.offer('reality/technical/learn', 'people'), true],
    [keys.noOffer('reality/technical/learn'), true],
    [keys.arena('technical'), true],
    ['match:technical/learn', true],
    [keys.candidate, false],
    [keys.role, false],
    [keys.atsLink, false],
    [keys.step, false],
    [keys.status, false],
    [keys.mark(keys.grid('technical', 'learn')), false],
    ['timer:reality', false],
    ['budget:reality', false],
  ])('%s → %s', (key, answer) => {
    expect(isAnswerKey(key)).toBe(answer);
  });

  it('counts marks as interviewing, but not pacing or the header', () => {
    expect(isInterviewingKey(keys.mark('answer:x:y'))).toBe(true);
    for (const prefix of NON_ANSWER_PREFIXES.filter((p) => p !== 'mark:')) expect(isInterviewingKey(`${prefix}x`)).toBe(false);
  });

  it('leaves a timer touched the next day out of the duration', () => {
    const answered = setField(newInterview(), keys.answer('difference', 'note'), 'ok', CREATED_AT + 30 * 60_000);
    const later = setField(answered, 'timer:reality', 'stopped', CREATED_AT + 24 * 3_600_000);
    expect(interviewDuration(later)).toBe(30 * 60_000);
  });
});

describe('the copy shortcut', () => {
  // One handler: the keymap (components/Shortcuts.tsx turns it into the copy, in a text box too; it ignores held keys).
  const chord = { key: 'Ç', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyC', inTextField: true };
  it.each([
    ['Alt+Shift+C in an answer (on a Mac the key is "Ç")', chord, { kind: 'copy' }],
    ['Alt+Shift+C outside a text box', { ...chord, inTextField: false }, { kind: 'copy' }],
    ['Alt+C', { ...chord, shiftKey: false }, null],
    ['Ctrl+Alt+Shift+C', { ...chord, ctrlKey: true }, null],
    ['Cmd+Alt+Shift+C', { ...chord, metaKey: true }, null],
    ['Alt+Shift+V', { ...chord, code: 'KeyV' }, null],
  ])('%s → %o', (_name, event, command) => {
    expect(commandFor(event)).toEqual(command);
  });
});

describe('the clipboard chain', () => {
  it('fills both formats in a copy event and cancels the default', () => {
    const data = new Map<string, string>();
    const event = {
      clipboardData: { setData: (type: string, value: string) => data.set(type, value) },
      preventDefault: vi.fn(),
    } as unknown as ClipboardEvent;
    expect(fillCopyEvent(event, content)).toBe(true);
    expect(Object.fromEntries(data)).toEqual({ 'text/html': content.html, 'text/plain': content.text });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('falls back to the copy command when the Clipboard API refuses, and throws when that fails too', async () => {
    const write = vi.fn(async () => {
      throw new DOMException('Document is not focused.', 'NotAllowedError');
    });
    vi.stubGlobal('ClipboardItem', class {});
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    const data = new Map<string, string>();
    const exec = vi.fn(() => {
      const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', { value: { setData: (t: string, v: string) => data.set(t, v) } });
      document.dispatchEvent(event);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    await expect(copyRichText(content, document)).resolves.toBe('copy-command');
    expect(write).toHaveBeenCalledOnce();
    expect(data.get('text/html')).toBe(content.html);
    expect(data.get('text/plain')).toBe(content.text);

    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await expect(copyRichText(content, document)).rejects.toThrow('The browser refused the copy (Document is not focused).');
    vi.unstubAllGlobals();
  });
});
