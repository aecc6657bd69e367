import { escapeMarkdown, markdownHref, safeHref } from '../escape';
import type { Summary, SummaryItem, SummaryMeta } from '../model';
import { renderRichHtml } from './greenhouse';
import { CLOSE_QUOTE, OPEN_QUOTE, type Profile } from './shared';

/**
 * Markdown for Notion, Slack and docs: bold titles and labels, "- " lists
 * nested by two spaces, links only from the header's checked ATS link. Every
 * piece of user text goes through `escapeMarkdown`, so typed `*`, `_`, `[x](y)`
 * or a line starting with "# " stays literal. No headings (Slack shows them raw).
 * Lines of a multi-line answer are continuation lines of their item, each
 * ending in a hard line break.
 */
export function renderMarkdown(summary: Summary): string {
  const meta = summary.meta.map((m) => `- **${escapeMarkdown(m.label)}:** ${metaValue(m)}`);
  const head = [
    `**${escapeMarkdown(summary.title)}**`,
    meta.join('\n'),
    ...(summary.note ? [`_${escapeMarkdown(summary.note)}_`] : []),
  ];
  const sections = summary.sections.map(
    (s) => `**${escapeMarkdown(s.title)}**\n\n${s.items.flatMap((i) => mdItem(i, 0)).join('\n')}`,
  );
  return `${[...head, ...sections].join('\n\n')}\n`;
}

function metaValue(meta: SummaryMeta): string {
  const href = safeHref(meta.href);
  return href ? `[${escapeMarkdown(meta.value)}](${markdownHref(href)})` : escapeMarkdown(meta.value);
}

const HARD_BREAK = '  ';

function mdItem(entry: SummaryItem, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const children = entry.children.flatMap((c) => mdItem(c, depth + 1));
  if (entry.text === '') return [`${indent}- ${escapeMarkdown(entry.label, true)}`, ...children];
  const lines = entry.text.split('\n').map((line) => escapeMarkdown(line, true));
  const last = lines.length - 1;
  // A quote is in italics, the quotation marks inside: `_“…”_` (underscores, which Slack reads too).
  const words =
    entry.kind === 'quote'
      ? lines.map((l, i) => `${i === 0 ? `_${OPEN_QUOTE}` : ''}${l}${i === last ? `${CLOSE_QUOTE}_` : ''}`)
      : lines;
  const label = `${indent}- **${escapeMarkdown(entry.label)}:**`;
  // Lines of one answer end in two spaces, Markdown's invisible hard line break (a backslash would show in Slack).
  const body =
    words.length === 1
      ? [`${label} ${words[0]}`]
      : [`${label}${HARD_BREAK}`, ...words.map((w, i) => `${indent}  ${w}${i === last ? '' : HARD_BREAK}`)];
  return [...body, ...children];
}

/** Markdown as text; the rich rendering as HTML, so a rich paste target still gets formatting. */
export const markdown: Profile = {
  id: 'markdown',
  name: 'Markdown (Notion, Slack, docs)',
  short: 'Markdown',
  allowedTags: ['p', 'b', 'br', 'ul', 'li', 'a'],
  pastes: 'text',
  textFormat: 'markdown',
  render(summary) {
    return { html: renderRichHtml(summary), text: renderMarkdown(summary) };
  },
};
