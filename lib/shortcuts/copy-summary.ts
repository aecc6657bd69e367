/**
 * Alt+Shift+C copies the summary from anywhere in the panel, even while typing
 * in an answer. Issue 6 builds the full keymap (with a help overlay) on the
 * same chord; this file is the one place to fold into it.
 */
export const COPY_SUMMARY_KEYS = 'Alt+Shift+C';

type Chord = Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'repeat'>;

/**
 * Matched on `code`, not `key`: on a Mac Alt+Shift+C types "Ç", and on
 * AZERTY or Cyrillic layouts the letter differs; the physical key does not.
 */
export function isCopySummaryChord(event: Chord): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyC' && !event.repeat;
}

/** Wires the chord to `copy` on a document; returns the unsubscribe. */
export function listenForCopySummary(doc: Document, copy: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!isCopySummaryChord(event)) return;
    event.preventDefault();
    copy();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
