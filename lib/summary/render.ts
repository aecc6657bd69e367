import type { Summary } from './model';
import { renderRichHtml } from './profiles/greenhouse';
import { renderPlainText } from './profiles/plain-text';

/**
 * The renderers lib/store uses today: the Greenhouse rich text and the
 * Lever/plain text. New callers should pick a profile from `profiles/`.
 */
export function renderText(summary: Summary): string {
  return renderPlainText(summary);
}

export function renderHtml(summary: Summary): string {
  return renderRichHtml(summary);
}
