import { isFilled, markOf, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import { item, type SummaryItem } from './model';

/** One answer as an item carrying its mark, or nothing when it is blank. */
export function answered(interview: Interview, label: string, key: string): SummaryItem[] {
  const value = text(interview, key);
  return isFilled(value) ? [item(label, value, [], markOf(interview, key))] : [];
}
