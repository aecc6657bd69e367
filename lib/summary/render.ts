import type { Summary, SummaryItem } from './model';

/**
 * Plain text for notes fields that drop HTML (Lever, Workday): literal "- "
 * bullets, two spaces per level, continuation lines aligned under the text,
 * a blank line between sections.
 */
export function renderText(summary: Summary): string {
  const head = [summary.title, ...summary.meta.map((m) => `${m.label}: ${m.value}`)].join('\n');
  const sections = summary.sections.map((s) => [s.title, ...s.items.flatMap((i) => textItem(i, 0))].join('\n'));
  return `${[head, ...sections].join('\n\n')}\n`;
}

function textItem(entry: SummaryItem, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const [first = '', ...rest] = lineText(entry).split(/\r?\n/);
  return [
    `${indent}- ${first}`,
    ...rest.map((line) => (line.trim() === '' ? '' : `${indent}  ${line}`)),
    ...entry.children.flatMap((c) => textItem(c, depth + 1)),
  ];
}

function lineText(entry: SummaryItem): string {
  if (entry.text === '') return entry.label;
  return entry.text.includes('\n') ? `${entry.label}:\n${entry.text}` : `${entry.label}: ${entry.text}`;
}

/** Rich text for ATS fields that take HTML: bold labels, lists, line breaks, links. No headings. */
export function renderHtml(summary: Summary): string {
  const meta = summary.meta.map((m) => `<b>${escapeHtml(m.label)}:</b> ${m.href ? link(m.href, m.value) : escapeHtml(m.value)}`);
  const head = `<p><b>${escapeHtml(summary.title)}</b><br>${meta.join('<br>')}</p>`;
  const sections = summary.sections.map((s) => `<p><b>${escapeHtml(s.title)}</b></p>${htmlList(s.items)}`);
  return [head, ...sections].join('');
}

function htmlList(items: SummaryItem[]): string {
  return items.length === 0 ? '' : `<ul>${items.map(htmlItem).join('')}</ul>`;
}

function htmlItem(entry: SummaryItem): string {
  const label = entry.text === '' ? escapeHtml(entry.label) : `<b>${escapeHtml(entry.label)}:</b> ${multiline(entry.text)}`;
  return `<li>${label}${htmlList(entry.children)}</li>`;
}

function multiline(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

function link(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
