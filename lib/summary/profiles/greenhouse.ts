import { escapeHtml } from '../escape';
import type { Summary, SummaryItem } from '../model';
import { renderPlainText } from './plain-text';
import { htmlMetaValue, type Profile, quoted } from './shared';

/**
 * Rich text for fields that take HTML (Greenhouse, and the rich flavour of the
 * Markdown profile): the header as one paragraph of bold labels and line
 * breaks, each section a bold paragraph and a nested list. No headings.
 * Block tags are separated by newlines, which rich editors ignore between
 * blocks, so the output (and its golden file) can be read line by line.
 */
export function renderRichHtml(summary: Summary): string {
  const meta = summary.meta.map((m) => `<b>${escapeHtml(m.label)}:</b> ${htmlMetaValue(m)}`);
  const note = summary.note ? [escapeHtml(summary.note)] : [];
  const head = `<p><b>${escapeHtml(summary.title)}</b><br>${[...meta, ...note].join('<br>')}</p>`;
  const sections = summary.sections.map((s) => `<p><b>${escapeHtml(s.title)}</b></p>\n${list(s.items)}`);
  return `${[head, ...sections].join('\n')}\n`;
}

function list(items: SummaryItem[]): string {
  return `<ul>\n${items.map(listItem).join('\n')}\n</ul>`;
}

function listItem(entry: SummaryItem): string {
  const nested = entry.children.length > 0 ? list(entry.children) : '';
  return `<li>${content(entry)}${nested}</li>`;
}

function content(entry: SummaryItem): string {
  if (entry.text === '') return escapeHtml(entry.label);
  const words = entry.kind === 'quote' ? quoted(entry.text) : entry.text;
  return `<b>${escapeHtml(entry.label)}:</b> ${escapeHtml(words).replace(/\n/g, '<br>')}`;
}

/**
 * Greenhouse's rich-text notes: paragraphs, bold, nested lists, links, line
 * breaks. No italics: we only use what is known to survive, so a quote is
 * marked by its quotation marks alone.
 */
export const greenhouse: Profile = {
  id: 'greenhouse',
  name: 'Greenhouse',
  short: 'Greenhouse',
  allowedTags: ['p', 'b', 'br', 'ul', 'li', 'a'],
  pastes: 'html',
  textFormat: 'plain',
  render(summary) {
    const html = renderRichHtml(summary);
    return { html, text: renderPlainText(summary) };
  },
};
