import type { Mark } from '../interview/fields';
import { cleanText, oneLine } from './clean';

/**
 * How an item's words are meant: `quote` is the candidate's own words (rendered
 * as a quotation), `followup` is something to come back to (also listed in the
 * closing "Follow up" section). Unset: the interviewer's notes.
 */
export type ItemKind = Mark;

/** A renderer-neutral summary: what is said, not how it looks. */
export interface SummaryItem {
  label: string;
  /**
   * The captured words, trimmed, one line per `\n` (no blank lines, no `\r`).
   * Empty when the label says it all.
   */
  text: string;
  children: SummaryItem[];
  kind?: ItemKind;
}

export interface SummarySection {
  /** The script step this section shows; null for the closing "Follow up" section. */
  stepId: string | null;
  title: string;
  items: SummaryItem[];
}

export interface SummaryMeta {
  label: string;
  value: string;
  /** Set only for http(s) links, which renderers may turn into anchors (after checking again). */
  href?: string;
}

export interface Summary {
  title: string;
  meta: SummaryMeta[];
  /** One line of ours under the header, e.g. that nothing was recorded. */
  note?: string;
  sections: SummarySection[];
}

export interface SummaryOptions {
  /** Who ran the interview, shown in the header when set. */
  interviewer?: string;
  /** Adds a one-line note to the header that nothing was recorded. */
  noRecordingNote?: boolean;
  /** Only this step's section (per-step copy); the header stays. */
  only?: string;
  /** The time of the copy, so a still-running interview timer counts up to it (ms since the epoch). */
  now?: number;
  /** Step 5: also list the suggestions the interviewer rejected, under their need (a setting in options). */
  listRejected?: boolean;
}

/** What a profile produces: both clipboard flavours. Structurally the same as `RichText` in lib/clipboard. */
export interface Rendered {
  html: string;
  text: string;
}

export const FOLLOW_UP_TITLE = 'Follow up';
export const NO_RECORDING_NOTE = "Nothing was recorded: these are the interviewer's notes.";
/** The same words as the tick in step 5, so the summary says what the interviewer said. */
export const NO_MATCHING_OFFER = 'Nothing we can honestly offer here';
/** The interviewer's closing field, and its section in the summary. */
export const TAKE_TITLE = 'My take and next steps';
export const REJECTED_LABEL = 'Rejected';

/** Every item is made here, so every renderer gets one-line labels and clean text. */
export function item(label: string, text = '', children: SummaryItem[] = [], kind?: ItemKind): SummaryItem {
  const clean = cleanText(text);
  // Renderers put a quote in quotation marks: marks the interviewer typed around the whole answer are not doubled.
  const entry = { label: oneLine(label), text: kind === 'quote' ? unquote(clean) : clean, children };
  return kind ? { ...entry, kind } : entry;
}

const OPENING = '"“„«‘\'';
const CLOSING: Readonly<Record<string, string>> = { '"': '"”“', '“': '”"', '„': '“”"', '«': '»', '‘': "’'", "'": "'’" };

/** The words inside one pair of quotation marks that wrap the whole text ("…", “…”, «…»), or the text as it is. */
export function unquote(text: string): string {
  const open = text[0] ?? '';
  const close = text[text.length - 1] ?? '';
  if (text.length < 2 || !OPENING.includes(open) || !(CLOSING[open] ?? '').includes(close)) return text;
  const inner = text.slice(1, -1);
  // “a” and “b”: a mark closes inside, so the outer marks do not wrap the whole text.
  if ([...(CLOSING[open] ?? '')].some((c) => inner.includes(c))) return text;
  return inner.trim() === '' ? text : inner.trim();
}
