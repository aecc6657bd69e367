import { chosenArenas, flag, type Interview, keys, text } from '../interview';
import type { Script, Step } from '../script';
import { answered } from './answers';
import { cleanText } from './clean';
import { followUpSection } from './followups';
import { headerMeta } from './header';
import { matchItems } from './match';
import {
  item,
  NO_RECORDING_NOTE,
  type Summary,
  type SummaryItem,
  type SummaryOptions,
  type SummarySection,
  TAKE_TITLE,
} from './model';

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

/**
 * A step's ticks ("I explained that this interview is about their growth")
 * are the interviewer's reminders: they go into the summary beside what was
 * captured in that step, never as a section of their own.
 */
function stepItems(interview: Interview, script: Script, step: Step, options: SummaryOptions): SummaryItem[] {
  const answers = [
    ...kindItems(interview, script, step, options),
    ...step.questions.flatMap((q) => answered(interview, q.label, keys.answer(step.id, q.id))),
  ];
  if (answers.length === 0) return [];
  const checks = step.checks.filter((c) => flag(interview, keys.check(step.id, c.id))).map((c) => item(c.label));
  return [...checks, ...answers];
}

function kindItems(interview: Interview, script: Script, step: Step, options: SummaryOptions): SummaryItem[] {
  switch (step.kind) {
    case 'questions':
      return [];
    case 'arenaChoice': {
      const chosen = chosenArenas(interview, script);
      if (chosen.length === 0) return [];
      return [item('Arenas chosen', chosen.map((a) => (a.custom ? `${a.label} (their own)` : a.label)).join('; '))];
    }
    case 'arenaGrid':
      // Grouped by arena: one item per arena, its answers as children.
      return chosenArenas(interview, script).flatMap((arena) => {
        const children = step.grid.flatMap((q) => answered(interview, q.label, keys.grid(arena.id, q.id)));
        return children.length > 0 ? [item(arena.label, '', children)] : [];
      });
    case 'growthModes': {
      const modes = step.modes.filter((m) => flag(interview, keys.mode(m.id)));
      const preferred = step.modes.find((m) => m.id === text(interview, keys.preferredMode));
      return [
        ...(modes.length > 0 ? [item('Has grown through', modes.map((m) => m.label).join('; '))] : []),
        ...(preferred ? [item('Prefers', preferred.label)] : []),
      ];
    }
    case 'match':
      return matchItems(interview, script, step, options.listRejected);
  }
}
