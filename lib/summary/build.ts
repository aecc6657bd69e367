import { type Interview, keys, text } from '../interview';
import type { Script } from '../script';
import { stepItems } from '../steps';
import { cleanText } from './clean';
import { followUpSection } from './followups';
import { headerMeta } from './header';
import { item, NO_RECORDING_NOTE, type Summary, type SummaryOptions, type SummarySection, TAKE_TITLE } from './model';

/**
 * Interview + script → summary. Empty answers and empty sections are left
 * out; flagged answers are also gathered in a closing "Follow up" section.
 * The interviewer's own take closes the summary. `only` keeps the header and
 * one step (with that step's follow-ups). The candidate is named once, in the
 * header: the title is the script's name.
 */
export function buildSummary(interview: Interview, script: Script, options: SummaryOptions = {}): Summary {
  const steps = options.only === undefined ? script.steps : script.steps.filter((s) => s.id === options.only);
  const sections: SummarySection[] = steps
    .map((step) => ({ stepId: step.id, title: step.title, items: stepItems(interview, script, step, options) }))
    .filter((section) => section.items.length > 0);
  // One item per line of their take: it reads as the interviewer's own list of points.
  const take = options.only === undefined ? cleanText(text(interview, keys.take)) : '';
  const closing = take ? [{ stepId: null, title: TAKE_TITLE, items: take.split('\n').map((line) => item(line)) }] : [];
  const followUp = followUpSection(sections);
  return {
    title: script.name,
    meta: headerMeta(interview, options),
    ...(options.noRecordingNote ? { note: NO_RECORDING_NOTE } : {}),
    sections: [...sections, ...closing, ...(followUp ? [followUp] : [])],
  };
}
