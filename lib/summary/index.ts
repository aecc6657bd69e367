export { buildSummary, isoDate, isWebLink } from './build';
export * from './model';
export { escapeHtml, renderHtml, renderText } from './render';
