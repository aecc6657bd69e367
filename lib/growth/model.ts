import { cleanText, oneLine } from '../summary/clean';

/**
 * The message for the candidate (issue 20), renderer-neutral: the greeting,
 * the sections their interview reached, the sign-off. Only what they said and
 * what the company really has; never the interviewer's notes or marks.
 */
export interface PlanItem {
  label: string;
  /** Their words or an offering's sentence: trimmed lines joined by `\n`; empty when the label says it all. */
  text: string;
  /** An offering's link (http(s), checked again by the renderer). */
  href?: string;
  children: PlanItem[];
}

export type SectionId = 'arenas' | 'learn' | 'obstacles' | 'modes' | 'offers';

export interface PlanSection {
  id: SectionId;
  title: string;
  items: PlanItem[];
}

export interface GrowthPlan {
  /** Paragraphs of lines: the greeting with its placeholders filled. */
  opening: string[][];
  sections: PlanSection[];
  closing: string[][];
}

/** In the order the message reads; a section appears only when a reached step of its kind gives it something. */
export const SECTION_TITLES: Record<SectionId, string> = {
  arenas: 'Where you want to grow',
  learn: 'What you want to learn',
  obstacles: 'What gets in the way',
  modes: 'How you like to grow',
  offers: 'What we can offer',
};

/** The honest answer where the interviewer ticked "nothing we can honestly offer" or recorded the gap. */
export const NOT_TODAY = 'We don’t have this today.';
/** The recorded gap in their preferred way to grow, when offers of another kind stand beside it. */
export const NOT_TODAY_BUT = 'We don’t have this today; this is what comes closest:';

/** What the message needs of a catalogue entry: an accepted offering's sentence and link come from it. */
export interface Offered {
  id: string;
  description: string;
  link?: string;
}

export interface PlanOptions {
  /** The catalogue as it is now. An accepted offering no longer in it is left out, and named in `leftOut`. */
  catalogue: readonly Offered[];
  /** Their obstacles ("What gets in the way", and step 5's answers to them): only when the interviewer ticks them in. */
  obstacles?: boolean;
  /** Templates with `{name}` and `{interviewer}`; unset: the defaults (wording.ts). */
  greeting?: string;
  signOff?: string;
  interviewer?: string;
}

/** Every item is made here: one-line labels, clean text (as the summary's `item`). */
export function planItem(label: string, words = '', children: PlanItem[] = [], href?: string): PlanItem {
  return { label: oneLine(label), text: cleanText(words), children, ...(href ? { href } : {}) };
}
