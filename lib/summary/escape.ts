const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For text and for attribute values in double quotes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link a renderer may put in `href`, or undefined. Only http(s) and
 * mailto survive; the URL is returned as the browser would parse it, so what
 * was checked is what gets linked (no leading blanks, no raw quotes or angle brackets).
 */
export function safeHref(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * User text inside Markdown, kept literal. Characters that start inline
 * syntax anywhere (emphasis, code, links, autolinks, raw HTML, entity
 * references, strikethrough, table cells) are always escaped; characters that only mean
 * something at the start of a block (headings, quotes, list markers, setext
 * underlines) are escaped when `blockStart` says the text opens a line or a
 * list item. Everything else stays as typed, so the raw text still reads well.
 */
export function escapeMarkdown(value: string, blockStart = false): string {
  // `&` only where it would start an entity (`&amp;`, `&#60;`): "Q&A" stays as typed.
  const inline = value.replace(/[\\`*_[\]<>~|]|&(?=#?[A-Za-z0-9]+;)/g, '\\$&');
  if (!blockStart) return inline;
  return inline.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown link destination: a safe href with the characters that could end or bend it percent-encoded. */
export function markdownHref(href: string): string {
  return href.replace(/[\t\n\f\r ()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
