import { reverseInterview } from '../../lib/script';
import { CandidateMessageSettings } from './CandidateMessageSettings';
import { CatalogueSection } from './catalogue/CatalogueSection';
import { DataSection } from './DataSection';
import { InsightsSection } from './insights/InsightsSection';
import { OpenPanel, type PanelControls } from './OpenPanel';
import { useOptions } from './OptionsContext';
import { SummarySettings } from './SummarySettings';
import { ScriptsSection } from './scripts/ScriptsSection';
import '../theme.css';
import './OptionsPage.css';

export function OptionsPage({ panel }: { panel: PanelControls }) {
  const phase = useOptions((s) => s.phase);
  const message = useOptions((s) => s.message);
  return (
    <main className="options">
      <h1>Reverse Interview</h1>
      <p>
        The panel walks you through the interview beside your call, saves every answer as you type, and copies a summary ready to
        paste into your ATS.
      </p>
      <OpenPanel panel={panel} />
      <div role="status" className={`options-status${message?.tone === 'error' ? ' status-error' : ''}`}>
        {message?.text}
      </div>
      {phase === 'loading' ? <p className="muted">Loading…</p> : null}
      {phase === 'ready' ? (
        <>
          <SummarySettings />
          <CandidateMessageSettings />
          <ScriptsSection />
          <CatalogueSection />
          <InsightsSection />
          <DataSection />
        </>
      ) : null}
      <h2>The method</h2>
      <p className="muted">{reverseInterview.credit}</p>
    </main>
  );
}
