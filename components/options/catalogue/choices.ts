import { KINDS, kindLabels } from '../../../lib/catalogue/schema';
import { defaultScript, stepOfKind } from '../../../lib/script';

/** The choices the offering form shows, taken from the built-in script so labels match the panel's. */
export const modeChoices = stepOfKind(defaultScript, 'growthModes')?.modes ?? [];
export const arenaChoices = stepOfKind(defaultScript, 'arenaChoice')?.arenas ?? [];
export const kindChoices = KINDS.map((id) => ({ id, label: kindLabels[id] }));

export function labelsOf(ids: readonly string[], choices: readonly { id: string; label: string }[]): string {
  return ids.map((id) => choices.find((c) => c.id === id)?.label ?? id).join(', ');
}
