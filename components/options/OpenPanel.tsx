import { useEffect, useState } from 'react';

export interface PanelControls {
  currentWindowId(): Promise<number | undefined>;
  openPanel(windowId: number | undefined): Promise<void>;
}

export function OpenPanel({ panel }: { panel: PanelControls }) {
  // null until the window is known: a click before that would have no window to open the panel in.
  const [target, setTarget] = useState<{ windowId: number | undefined } | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    panel.currentWindowId().then(
      (windowId) => setTarget({ windowId }),
      () => setTarget({ windowId: undefined }),
    );
  }, [panel]);

  return (
    <div className="row">
      <button
        type="button"
        className="primary"
        disabled={target === null}
        onClick={() => {
          // Called straight from the click: the browser only opens the panel inside a user gesture.
          panel.openPanel(target?.windowId).then(
            () => setMessage('The side panel is open.'),
            (error: unknown) => setMessage(`Could not open the side panel: ${String(error)}`),
          );
        }}
      >
        Open side panel
      </button>
      <span className="muted" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
