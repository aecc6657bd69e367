import { chosenArenas, deriveNeeds, flag, type Interview, isFilled, keys, text } from '../interview';
import type { Script, Step } from '../script';
import { item, type Summary, type SummaryItem, type SummaryMeta } from './model';

/** Interview + script → summary. Empty answers and empty sections are left out. */
export function buildSummary(interview: Interview, script: Script): Summary {
  const candidate = text(interview, keys.candidate).trim();
  const role = text(interview, keys.role).trim();
  const link = text(interview, keys.atsLink).trim();
  const meta: SummaryMeta[] = [
    { label: 'Candidate', value: candidate || 'Unnamed candidate' },
    ...(role ? [{ label: 'Role', value: role }] : []),
    { label: 'Date', value: isoDate(interview.createdAt) },
    ...(link ? [{ label: 'ATS', value: link, ...(isWebLink(link) ? { href: link } : {}) }] : []),
  ];
  const sections = script.steps
    .map((step) => ({ stepId: step.id, title: step.title, items: stepItems(interview, script, step) }))
    .filter((section) => section.items.length > 0);
  return { title: `${script.name}: ${candidate || 'Unnamed candidate'}`, meta, sections };
}

function stepItems(interview: Interview, script: Script, step: Step): SummaryItem[] {
  const checks = step.checks.filter((c) => flag(interview, keys.check(step.id, c.id))).map((c) => item(c.label));
  const answers = step.questions.flatMap((q) => answered(q.label, text(interview, keys.answer(step.id, q.id))));
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
      return chosenArenas(interview, script).flatMap((arena) => {
        const children = step.grid.flatMap((q) => answered(q.label, text(interview, keys.grid(arena.id, q.id))));
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
      return deriveNeeds(interview, script).flatMap((need) => {
        const offers = step.supports.flatMap((s) => answered(s.label, text(interview, keys.offer(need.id, s.id))));
        const gap = flag(interview, keys.noOffer(need.id)) ? [item('No matching offer')] : [];
        const children = [...offers, ...gap];
        return children.length > 0 ? [item(need.label, need.detail, children)] : [];
      });
  }
}

function answered(label: string, value: string): SummaryItem[] {
  return isFilled(value) ? [item(label, value.trim())] : [];
}

export function isoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
