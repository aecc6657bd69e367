import { escapeHtml, safeHref } from '../summary/escape';
import type { Rendered } from '../summary/model';
import type { GrowthPlan, PlanItem } from './model';

/** The only elements the message's HTML holds: an email editor keeps them all. */
export const GROWTH_TAGS = ['p', 'b', 'br', 'ul', 'li', 'a'] as const;

/**
 * The message for the candidate, both clipboard flavours: HTML for an email
 * editor (paragraphs, bold section titles, lists, offerings linked) and plain
 * text with "- " bullets, the link on a line of its own. Every string is
 * escaped; `href` is the only attribute, and only after `safeHref`.
 */
export function renderGrowthPlan(plan: GrowthPlan): Rendered {
  return { html: renderHtml(plan), text: renderText(plan) };
}

function renderHtml(plan: GrowthPlan): string {
  const paragraphs = (ps: string[][]) => ps.map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`);
  const sections = plan.sections.map((s) => `<p><b>${escapeHtml(s.title)}</b></p>\n${list(s.items)}`);
  return `${[...paragraphs(plan.opening), ...sections, ...paragraphs(plan.closing)].join('\n')}\n`;
}

function list(items: PlanItem[]): string {
  return `<ul>\n${items.map(listItem).join('\n')}\n</ul>`;
}

function listItem(entry: PlanItem): string {
  const href = safeHref(entry.href);
  const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(entry.label)}</a>` : escapeHtml(entry.label);
  const content = entry.text === '' ? name : `<b>${name}:</b> ${escapeHtml(entry.text).replace(/\n/g, '<br>')}`;
  return `<li>${content}${entry.children.length > 0 ? list(entry.children) : ''}</li>`;
}

function renderText(plan: GrowthPlan): string {
  const paragraphs = (ps: string[][]) => ps.map((lines) => lines.join('\n'));
  const sections = plan.sections.map((s) => [s.title, ...s.items.flatMap((i) => textItem(i, 0))].join('\n'));
  return `${[...paragraphs(plan.opening), ...sections, ...paragraphs(plan.closing)].join('\n\n')}\n`;
}

function textItem(entry: PlanItem, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const words = entry.text === '' ? [] : entry.text.split('\n');
  const [first = '', ...rest] =
    words.length > 1 ? [`${entry.label}:`, ...words] : [words[0] ? `${entry.label}: ${words[0]}` : entry.label];
  const href = safeHref(entry.href);
  return [
    `${indent}- ${first}`,
    ...[...rest, ...(href ? [href] : [])].map((line) => `${indent}  ${line}`),
    ...entry.children.flatMap((c) => textItem(c, depth + 1)),
  ];
}
