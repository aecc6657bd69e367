import { reasonOf } from './reason';

export interface RichText {
  html: string;
  text: string;
}

/** How the copy got onto the clipboard, so the status can say so. */
export type CopyRoute = 'clipboard-api' | 'copy-command';

/**
 * Puts both formats on the clipboard: the async Clipboard API first; when it
 * refuses (the panel lost focus, a policy blocks it) a `copy` command whose
 * event handler sets both formats itself. Throws when both refuse: the caller
 * then offers the text for a copy by hand (see `fillCopyEvent`).
 */
export async function copyRichText(content: RichText, doc: Document = document): Promise<CopyRoute> {
  let reason = 'the Clipboard API is not available';
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (typeof ClipboardItem !== 'undefined' && clipboard?.write) {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
      return 'clipboard-api';
    }
  } catch (error) {
    reason = reasonOf(error);
  }
  if (copyWithCommand(content, doc)) return 'copy-command';
  // The browser's own reason often ends with a full stop: one is enough.
  throw new Error(`The browser refused the copy (${reason.replace(/\.+$/, '')}).`);
}

/**
 * Replaces what a `copy` event would put on the clipboard with both of our
 * formats. Used by the copy command above and by the manual-copy dialog, so a
 * Ctrl/Cmd+C there still pastes as rich text, not as the dialog's plain text.
 */
export function fillCopyEvent(event: ClipboardEvent, content: RichText): boolean {
  if (!event.clipboardData) return false;
  event.clipboardData.setData('text/html', content.html);
  event.clipboardData.setData('text/plain', content.text);
  event.preventDefault();
  return true;
}

function copyWithCommand(content: RichText, doc: Document): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    written = fillCopyEvent(event, content);
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}
