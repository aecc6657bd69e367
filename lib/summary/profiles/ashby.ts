import { escapeHtml } from '../escape';
import type { Summary, SummaryItem } from '../model';
import { renderPlainText } from './plain-text';
import { CLOSE_QUOTE, htmlMetaValue, OPEN_QUOTE, type Profile } from './shared';

/**
 * Ashby keeps only b, i, u, a, ul, ol, li, code, pre: no paragraphs, no line
 * breaks, no headings. So every title is a bold line followed by its list
 * (the list is a block, which ends the line), the header is a list of bold
 * labels, and an answer of several lines becomes a nested list, one item per line.
 */
export function renderAshbyHtml(summary: Summary): string {
  const meta = summary.meta.map((m) => `<li><b>${escapeHtml(m.label)}:</b> ${htmlMetaValue(m)}</li>`);
  const note = summary.note ? [`<li><i>${escapeHtml(summary.note)}</i></li>`] : [];
  const head = `<b>${escapeHtml(summary.title)}</b>\n${list([...meta, ...note])}`;
  const sections = summary.sections.map((s) => `<b>${escapeHtml(s.title)}</b>\n${list(s.items.map(listItem))}`);
  return `${[head, ...sections].join('\n')}\n`;
}

function list(items: string[]): string {
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

function listItem(entry: SummaryItem): string {
  const lines = entry.text === '' ? [] : entry.text.split('\n');
  const quote = entry.kind === 'quote';
  const label = lines.length === 0 ? escapeHtml(entry.label) : `<b>${escapeHtml(entry.label)}:</b>`;
  const inline = lines.length === 1 ? ` ${words(lines[0] ?? '', quote, true, true)}` : '';
  const nested = [
    ...(lines.length > 1 ? lines.map((line, i) => `<li>${words(line, quote, i === 0, i === lines.length - 1)}</li>`) : []),
    ...entry.children.map(listItem),
  ];
  return `<li>${label}${inline}${nested.length > 0 ? list(nested) : ''}</li>`;
}

/** One line of an answer; a quote opens on its first line and closes on its last, in italics. */
function words(line: string, quote: boolean, first: boolean, last: boolean): string {
  if (!quote) return escapeHtml(line);
  return `<i>${first ? OPEN_QUOTE : ''}${escapeHtml(line)}${last ? CLOSE_QUOTE : ''}</i>`;
}

/** What Ashby's notes keep; anything else is stripped on their side. */
export const ASHBY_TAGS = ['b', 'i', 'u', 'a', 'ul', 'ol', 'li', 'code', 'pre'] as const;

/** Ashby notes: bold labels, lists only. */
export const ashby: Profile = {
  id: 'ashby',
  name: 'Ashby',
  short: 'Ashby',
  // A subset of ASHBY_TAGS: what we write, so a stray tag fails a test even if Ashby would keep it.
  allowedTags: ['b', 'i', 'ul', 'li', 'a'],
  pastes: 'html',
  textFormat: 'plain',
  render(summary) {
    return { html: renderAshbyHtml(summary), text: renderPlainText(summary) };
  },
};
