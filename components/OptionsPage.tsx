import { useEffect, useState } from 'react';
import { reverseInterview } from '../lib/script';
import './theme.css';
import './OptionsPage.css';

interface PanelControls {
  currentWindowId(): Promise<number | undefined>;
  openPanel(windowId: number | undefined): Promise<void>;
}

export function OptionsPage({ panel }: { panel: PanelControls }) {
  const [windowId, setWindowId] = useState<number | undefined>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    panel.currentWindowId().then(setWindowId, () => setWindowId(undefined));
  }, [panel]);

  return (
    <main className="options">
      <h1>Reverse Interview</h1>
      <p>
        The panel walks you through the interview beside your call, saves every answer as you type, and copies a summary ready to
        paste into your ATS.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            // Called straight from the click: the browser only opens the panel inside a user gesture.
            panel.openPanel(windowId).then(
              () => setMessage('The side panel is open.'),
              (error: unknown) => setMessage(`Could not open the side panel: ${String(error)}`),
            );
          }}
        >
          Open side panel
        </button>
      </div>
      <p role="status">{message}</p>
      <h2>Your data</h2>
      <p>
        Interview notes are kept in this browser's extension storage on this computer. Nothing is sent anywhere: no server, no
        analytics.
      </p>
      <h2>The method</h2>
      <p className="muted">{reverseInterview.credit}</p>
    </main>
  );
}
