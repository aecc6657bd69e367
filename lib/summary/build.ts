import { chosenArenas, flag, type Interview, keys, text } from '../interview';
import type { Script, Step } from '../script';
import { answered } from './answers';
import { followUpSection } from './followups';
import { candidateName, headerMeta } from './header';
import { matchItems } from './match';
import { item, NO_RECORDING_NOTE, type Summary, type SummaryItem, type SummaryOptions } from './model';

/**
 * Interview + script → summary. Empty answers and empty sections are left
 * out; flagged answers are also gathered in a closing "Follow up" section.
 * `only` keeps the header and one step (with that step's follow-ups).
 */
export function buildSummary(interview: Interview, script: Script, options: SummaryOptions = {}): Summary {
  const steps = options.only === undefined ? script.steps : script.steps.filter((s) => s.id === options.only);
  const sections = steps
    .map((step) => ({ stepId: step.id, title: step.title, items: stepItems(interview, script, step) }))
    .filter((section) => section.items.length > 0);
  const followUp = followUpSection(sections);
  return {
    title: `${script.name}: ${candidateName(interview)}`,
    meta: headerMeta(interview, options),
    ...(options.noRecordingNote ? { note: NO_RECORDING_NOTE } : {}),
    sections: followUp ? [...sections, followUp] : sections,
  };
}

function stepItems(interview: Interview, script: Script, step: Step): SummaryItem[] {
  const checks = step.checks.filter((c) => flag(interview, keys.check(step.id, c.id))).map((c) => item(c.label));
  const answers = step.questions.flatMap((q) => answered(interview, q.label, keys.answer(step.id, q.id)));
  return [...checks, ...kindItems(interview, script, step), ...answers];
}

function kindItems(interview: Interview, script: Script, step: Step): SummaryItem[] {
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
      return matchItems(interview, script, step);
  }
}
