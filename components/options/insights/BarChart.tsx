import { type ReactNode, useId } from 'react';
import { formatCount } from '../../../lib/store/library';

export interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  numeric?: boolean;
}

/** Rows drawn; the table beside the chart lists the same, and the CSV every row. */
export const CHART_ROWS = 10;
const ROW = 36;
/** Labels longer than this are cut in the chart (the table beside it has them whole). */
const LABEL_CHARS = 32;

/**
 * A horizontal bar chart in plain SVG (no chart library: the options page
 * only), with its numbers in a real table beside it. The chart is one image
 * named with every bar and number; the table is for reading and for screen
 * readers that walk tables.
 */
export function BarChart<R extends { key: string }>({
  title,
  rows,
  label,
  value,
  columns,
  empty,
}: {
  title: string;
  rows: readonly R[];
  label: (row: R) => string;
  /** The number each bar shows. */
  value: (row: R) => number;
  columns: Column<R>[];
  /** Said instead of a chart when there are no rows. */
  empty: string;
}) {
  const id = useId();
  const shown = rows.slice(0, CHART_ROWS);
  const max = Math.max(1, ...shown.map(value));
  const described = `${title}: ${shown.map((r) => `${label(r)}, ${value(r)}`).join('; ')}`;
  return (
    <section className="insights-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {shown.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="insights-chart">
          <svg className="bar-chart" role="img" aria-label={described} width="100%" height={shown.length * ROW}>
            <title>{described}</title>
            {shown.map((r, i) => (
              <g key={r.key} transform={`translate(0 ${i * ROW})`}>
                <text x="0" y="13" className="bar-label">
                  {cut(label(r))}
                </text>
                <text x="100%" y="13" textAnchor="end" className="bar-value">
                  {formatCount(value(r))}
                </text>
                <rect className="bar" x="0" y="18" height="12" rx="2" width={`${(value(r) / max) * 100}%`} />
              </g>
            ))}
          </svg>
          <table className="insights-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.key}>
                  {columns.map((c, i) =>
                    i === 0 ? (
                      <th key={c.header} scope="row">
                        {c.cell(r)}
                      </th>
                    ) : (
                      <td key={c.header} className={c.numeric ? 'num' : undefined}>
                        {c.cell(r)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > shown.length ? (
            <p className="muted insights-more">
              {rows.length - shown.length} more in the CSV ({rows.length} in all).
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

function cut(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;
}
