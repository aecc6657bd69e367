import { FOLLOW_UP_TITLE, item, type SummaryItem, type SummarySection } from './model';

/**
 * The closing "Follow up" section: every item flagged to follow up, named by
 * where it sits ("Current reality" items by their arena, top-level items by
 * their step), so the list reads on its own.
 */
export function followUpSection(sections: SummarySection[]): SummarySection | undefined {
  const items = sections.flatMap((s) => flagged(s.items, s.title));
  return items.length > 0 ? { stepId: null, title: FOLLOW_UP_TITLE, items } : undefined;
}

function flagged(items: SummaryItem[], where: string): SummaryItem[] {
  return items.flatMap((entry) => [
    ...(entry.kind === 'followup' ? [item(`${where} / ${entry.label}`, entry.text)] : []),
    ...flagged(entry.children, entry.label),
  ]);
}
