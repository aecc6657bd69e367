import { useEffect, useId, useRef } from 'react';
import { fillCopyEvent } from '../lib/clipboard';
import { useSummaryCopy, useSummaryCopyActions } from './useSummaryCopy';
import './ManualCopyDialog.css';

/**
 * The last resort when the browser refuses both the Clipboard API and the copy
 * command: the text, selected, in a modal dialog. Ctrl/Cmd+C on the whole text
 * puts both formats on the clipboard (the copy event is ours to fill); on part
 * of it, the browser copies just that part.
 */
export function ManualCopyDialog() {
  const manual = useSummaryCopy((s) => s.manual);
  const actions = useSummaryCopyActions();
  const dialog = useRef<HTMLDialogElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const helpId = useId();

  useEffect(() => {
    if (!manual) return;
    // Back to where the copy was asked for (the button, or the answer being typed) when the dialog goes.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    text.current?.focus();
    text.current?.select();
    return () => previous?.focus();
  }, [manual]);

  if (!manual) return null;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <dialog
      ref={dialog}
      className="manual-copy"
      aria-labelledby={titleId}
      aria-describedby={helpId}
      onCancel={(e) => {
        e.preventDefault();
        actions.closeManual(false);
      }}
    >
      <h2 id={titleId}>Copy {manual.what} by hand</h2>
      <p id={helpId}>
        The browser did not let the panel copy. The text is selected, formatted for {manual.profileName}: press{' '}
        <kbd>{mac ? '⌘C' : 'Ctrl+C'}</kbd> to copy it.
      </p>
      <textarea
        ref={text}
        readOnly
        rows={10}
        aria-label="Text to copy"
        value={manual.content.text}
        onCopy={(e) => {
          const t = e.currentTarget;
          const whole = t.selectionStart === 0 && t.selectionEnd === t.value.length;
          if (whole) fillCopyEvent(e.nativeEvent, manual.content);
          actions.closeManual(true);
        }}
      />
      <div className="row manual-copy-actions">
        <button type="button" onClick={() => actions.closeManual(false)}>
          Close
        </button>
      </div>
    </dialog>
  );
}
