import { useId } from 'react';
import { downloadText } from '../../../lib/download';
import { SECTIONS } from '../../../lib/insights/csv';
import { headline } from '../../../lib/insights/headline';
import { formatCount } from '../../../lib/store/library';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { BarChart } from './BarChart';
import { useInsights, useInsightsActions } from './InsightsContext';
import { InsightsFilters } from './InsightsFilters';
import { Unreadable } from './Unreadable';
import './Insights.css';

const interviews = (n: number) => `${formatCount(n)} ${n === 1 ? 'interview' : 'interviews'}`;

/**
 * Insights (issue 20): what candidates ask for across the interviews stored
 * here, and what the catalogue lacks. Read in this page only; nothing leaves the browser.
 */
export function InsightsSection() {
  const phase = useInsights((s) => s.phase);
  const message = useInsights((s) => s.message);
  const actions = useInsightsActions();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-insights`} className="insights">
      <h2 id={`${id}-insights`}>Insights</h2>
      <p>
        What candidates chose, how they like to grow and what you had no offering for, across the interviews stored in this
        browser. Counted here, on this computer: nothing is sent anywhere.
      </p>
      <div aria-live="polite" className={`options-status${message?.tone === 'error' ? ' status-error' : ''}`}>
        {message?.text}
      </div>
      {phase === 'ready' ? <Counts /> : phase === 'failed' ? null : <Reading />}
      {phase === 'ready' || phase === 'failed' ? (
        <div className="row">
          {phase === 'ready' ? (
            <button
              type="button"
              onClick={() => {
                const file = actions.exportCsv();
                if (file) downloadText(file.filename, file.content, 'text/csv;charset=utf-8');
              }}
            >
              Export CSV
            </button>
          ) : null}
          <button type="button" onClick={() => void actions.read()}>
            Read interviews again
          </button>
        </div>
      ) : null}
    </section>
  );
}

function Reading() {
  const { done, total } = useInsights((s) => s.progress);
  return (
    <div className="insights-reading">
      {total > 0 ? (
        <progress aria-label="Reading interviews" max={total} value={done} />
      ) : (
        <progress aria-label="Reading interviews" />
      )}
      <p className="muted">
        {total > 0 ? `Reading interviews: ${formatCount(done)} of ${formatCount(total)}…` : 'Reading interviews…'}
      </p>
    </div>
  );
}

function Stale() {
  const stale = useInsights((s) => s.stale);
  return stale ? (
    <p className="notice">
      Interviews were added, changed or removed since these were counted: "Read interviews again" below counts them anew.
    </p>
  ) : null;
}

function Counts() {
  const insights = useInsights((s) => s.insights);
  const catalogue = useCatalogue((s) => s.entries);
  const cataloguePhase = useCatalogue((s) => s.phase);
  const { arenas, modes, gaps, offerings } = insights;
  return (
    <>
      <p className="insights-headline" aria-live="polite">
        {headline(insights, cataloguePhase === 'ready' ? catalogue : null)}
      </p>
      <Stale />
      <InsightsFilters />
      <p className="muted">
        Counting {formatCount(insights.matching)} of the {interviews(insights.read)} read.
        {insights.noScript > 0
          ? ` ${interviews(insights.noScript)} ran a script this browser does not have: counted here, in no chart.`
          : ''}
      </p>
      <Unreadable />
      <BarChart
        title={SECTIONS.arenas}
        rows={arenas.rows}
        label={(r) => (r.custom ? `${r.label} (their own)` : r.label)}
        value={(r) => r.interviews}
        columns={[
          { header: 'Arena', cell: (r) => (r.custom ? `${r.label} (their own)` : r.label) },
          { header: 'Interviews', cell: (r) => formatCount(r.interviews), numeric: true },
        ]}
        empty="No arenas chosen in these interviews."
      />
      <BarChart
        title={SECTIONS.modes}
        rows={modes.rows}
        label={(r) => r.label}
        value={(r) => r.interviews}
        columns={[
          { header: 'Way to grow', cell: (r) => r.label },
          { header: 'Interviews', cell: (r) => formatCount(r.interviews), numeric: true },
        ]}
        empty="No preferred way to grow recorded in these interviews."
      />
      <BarChart
        title={SECTIONS.gaps}
        rows={gaps.rows}
        label={(r) => r.label}
        value={(r) => r.needs}
        columns={[
          { header: 'Where', cell: (r) => r.label },
          { header: 'In', cell: (r) => (r.in === 'arena' ? 'Arena' : 'Way to grow') },
          { header: 'Needs', cell: (r) => formatCount(r.needs), numeric: true },
          { header: 'Interviews', cell: (r) => formatCount(r.interviews), numeric: true },
        ]}
        empty="No need was left with no offering in these interviews."
      />
      <BarChart
        title={SECTIONS.offerings}
        rows={offerings.rows}
        label={(r) => r.label}
        value={(r) => r.interviews}
        columns={[
          { header: 'Offering', cell: (r) => r.label },
          { header: 'Interviews', cell: (r) => formatCount(r.interviews), numeric: true },
          { header: 'Needs', cell: (r) => formatCount(r.needs), numeric: true },
        ]}
        empty="No offering accepted in these interviews."
      />
    </>
  );
}
