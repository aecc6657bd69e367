import { escapeHtml } from '../escape';
import type { Summary, SummaryItem } from '../model';
import { quoted } from './shared';

/**
 * Plain text for notes fields that drop HTML: literal "- " bullets, two
 * spaces per level, continuation lines aligned under the text, a blank line
 * between sections and nowhere else.
 */
export function renderPlainText(summary: Summary): string {
  const head = [summary.title, ...summary.meta.map((m) => `${m.label}: ${m.value}`), ...(summary.note ? [summary.note] : [])];
  const sections = summary.sections.map((s) => [s.title, ...s.items.flatMap((i) => textItem(i, 0))].join('\n'));
  return `${[head.join('\n'), ...sections].join('\n\n')}\n`;
}

function textItem(entry: SummaryItem, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const [first = '', ...rest] = lineText(entry).split('\n');
  return [
    `${indent}- ${first}`,
    ...rest.map((line) => `${indent}  ${line}`),
    ...entry.children.flatMap((c) => textItem(c, depth + 1)),
  ];
}

function lineText(entry: SummaryItem): string {
  if (entry.text === '') return entry.label;
  const words = entry.kind === 'quote' ? quoted(entry.text) : entry.text;
  return words.includes('\n') ? `${entry.label}:\n${words}` : `${entry.label}: ${words}`;
}

/**
 * The same text as HTML, for the clipboard's text/html flavour: escaped, one
 * `<br>` per line break, leading spaces kept as no-break spaces so the nesting
 * survives a paste into a rich editor.
 */
export function plainTextHtml(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `${lines.map((line) => escapeHtml(line).replace(/^ +/, (s) => '&nbsp;'.repeat(s.length))).join('<br>\n')}\n`;
}
