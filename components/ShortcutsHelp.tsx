import { useEffect, useRef } from 'react';
import { shortcutList } from '../lib/keyboard/keymap';
import './ShortcutsHelp.css';

/**
 * "Keyboard shortcuts": a modal `<dialog>`, so the browser traps focus inside
 * it and Escape closes it; on close, focus goes back where it was.
 */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
      // Start at the title: the browser would focus Close, at the end, and scroll the title out of a short panel.
      dialog.querySelector<HTMLElement>('#shortcuts-title')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={() => {
        onClose();
        // Chrome restores focus itself; an element re-rendered meanwhile would be lost, so be explicit.
        const target = returnTo.current;
        if (target instanceof HTMLElement && target.isConnected) target.focus();
      }}
    >
      <h2 id="shortcuts-title" tabIndex={-1}>
        Keyboard shortcuts
      </h2>
      <p className="hint">
        They work while you type in an answer and do not clash with Meet, Zoom or Teams. On a Mac, Alt is Option.
      </p>
      <table>
        <tbody>
          {shortcutList.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
