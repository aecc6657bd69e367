export { buildSummary } from './build';
export { cleanText, oneLine } from './clean';
export { escapeHtml, escapeMarkdown, safeHref } from './escape';
export { formatDuration, interviewDuration, isoDate, isWebLink } from './header';
export * from './model';
export * from './profiles';
