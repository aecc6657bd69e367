export interface RichText {
  html: string;
  text: string;
}

/** How the copy got onto the clipboard, so the status can say so. */
export type CopyRoute = 'clipboard-api' | 'copy-command';

/**
 * Puts both formats on the clipboard: the async Clipboard API first; when it
 * refuses (the panel lost focus, a policy blocks it) a `copy` command whose
 * event handler sets both formats itself. Throws when both refuse.
 */
export async function copyRichText(content: RichText, doc: Document = document): Promise<CopyRoute> {
  let reason = 'the Clipboard API is not available';
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
      return 'clipboard-api';
    }
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  if (copyWithCommand(content, doc)) return 'copy-command';
  throw new Error(`The browser refused the copy (${reason}).`);
}

function copyWithCommand(content: RichText, doc: Document): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', content.html);
    event.clipboardData.setData('text/plain', content.text);
    event.preventDefault();
    written = true;
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
