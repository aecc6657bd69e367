// The floor: what any React side panel pays before it does anything. React and
// ReactDOM render one element, built with the same Vite defaults as the panel.
// The element carries the list's button name so the same "ready" probe works.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <button type="button">New interview</button>
    </StrictMode>,
  );
}
