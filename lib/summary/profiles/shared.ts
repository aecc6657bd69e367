import { escapeHtml, safeHref } from '../escape';
import type { Summary, SummaryMeta } from '../model';

/** A profile: one pure renderer over the summary, and the elements its HTML may contain. */
export interface Profile {
  id: string;
  /** What the options page and the preview call it. */
  name: string;
  /** What the status line calls it after a copy: "Copied for Greenhouse". */
  short: string;
  /** Every element the `html` flavour may contain; tests parse the output and check it against this. */
  allowedTags: readonly string[];
  /** What the `text` flavour is, for file names and the preview. */
  textFormat: 'plain' | 'markdown';
  /**
   * Which flavour the target field keeps, so the preview shows that one:
   * `html` for rich-text fields (they paste text/html), `text` for plain
   * fields and Markdown (they paste text/plain).
   */
  pastes: 'html' | 'text';
  render(summary: Summary): { html: string; text: string };
}

export const OPEN_QUOTE = '\u201c';
export const CLOSE_QUOTE = '\u201d';

export function quoted(text: string): string {
  return `${OPEN_QUOTE}${text}${CLOSE_QUOTE}`;
}

/** A header value: a link when its href passes `safeHref`, escaped text otherwise. `href` is the only attribute written anywhere. */
export function htmlMetaValue(meta: SummaryMeta): string {
  const href = safeHref(meta.href);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(meta.value)}</a>` : escapeHtml(meta.value);
}
