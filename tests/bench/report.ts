/**
 * Turns measurements into the one table the issue asks for: figure, value,
 * baseline, ratio, budget, pass/fail.
 */
import { round } from './stats.ts';

export interface Row {
  figure: string;
  value: number;
  unit: 'B' | 'ms' | 'MB' | '';
  baseline?: number;
  /** value / baseline, when a baseline exists. */
  ratio?: number;
  /** Human text, e.g. "≤ 1.15×"; empty for figures only reported. */
  budget?: string;
  pass?: boolean;
  /** Enforced in CI (the size ceiling only). */
  enforced?: boolean;
}

export function ratioRow(figure: string, unit: Row['unit'], value: number, baseline: number, maxRatio?: number, note = ''): Row {
  const ratio = value / baseline;
  return {
    figure,
    unit,
    value,
    baseline,
    ratio,
    ...(maxRatio === undefined ? {} : { budget: `≤ ${maxRatio}×${note}`, pass: ratio <= maxRatio }),
  };
}

export function limitRow(figure: string, unit: Row['unit'], value: number, max?: number, note = ''): Row {
  return { figure, unit, value, ...(max === undefined ? {} : { budget: `≤ ${max} ${unit}${note}`, pass: value <= max }) };
}

function show(value: number | undefined, unit: Row['unit']): string {
  if (value === undefined || Number.isNaN(value)) return '';
  if (unit === 'B') return value >= 10_000 ? `${round(value / 1000, 1)} kB` : `${Math.round(value)} B`;
  if (unit === 'MB') return `${round(value / 1e6, 2)} MB`;
  if (unit === 'ms') return `${round(value, value < 10 ? 2 : 1)} ms`;
  return String(round(value, 2));
}

export function table(rows: Row[]): string {
  const head = ['figure', 'value', 'baseline', 'ratio', 'budget', 'result'];
  const body = rows.map((r) => [
    r.figure,
    show(r.value, r.unit),
    show(r.baseline, r.unit),
    r.ratio === undefined ? '' : `${round(r.ratio, 2)}×`,
    r.budget ?? '',
    r.pass === undefined ? '' : `${r.pass ? 'pass' : 'FAIL'}${r.enforced ? ' (enforced)' : ''}`,
  ]);
  return textTable(head, body);
}

/** A Markdown table, each column as wide as its widest cell. */
export function textTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
