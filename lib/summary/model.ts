import type { Mark } from '../interview';
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
}

/** What a profile produces: both clipboard flavours. Structurally the same as `RichText` in lib/clipboard. */
export interface Rendered {
  html: string;
  text: string;
}

export const FOLLOW_UP_TITLE = 'Follow up';
export const NO_RECORDING_NOTE = "Nothing was recorded: these are the interviewer's notes.";
export const NO_MATCHING_OFFER = 'No matching offer';

/** Every item is made here, so every renderer gets one-line labels and clean text. */
export function item(label: string, text = '', children: SummaryItem[] = [], kind?: ItemKind): SummaryItem {
  const entry = { label: oneLine(label), text: cleanText(text), children };
  return kind ? { ...entry, kind } : entry;
}
