import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/OptionsPage';
import { currentWindowId, openPanel } from '../../lib/platform/panel';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsPage panel={{ currentWindowId, openPanel }} />
    </StrictMode>,
  );
}
