import type { Script } from '../script';
import { stepOfKind } from '../script';
import { chosenArenas } from './arenas';
import { keys, text } from './fields';
import type { Interview } from './schema';

/** Something the candidate wants or struggles with, which step "match" answers. */
export interface Need {
  /** Stable across edits of the answer: `<arena>/<question>` or `mode/<mode>`. */
  id: string;
  /** Where it came from, e.g. "Technical growth — Wants to learn or improve". */
  label: string;
  /** The candidate's words. */
  detail: string;
  source: { kind: 'arena'; arenaId: string; questionId: string } | { kind: 'mode'; modeId: string };
  /** What stands in the way rather than what they want: only what speaks to it addresses it. */
  obstacle?: boolean;
}

/** Needs gathered in the arena grid (filled "need" answers) and the preferred growth mode. */
export function deriveNeeds(interview: Interview, script: Script): Need[] {
  const needs: Need[] = [];
  const grid = stepOfKind(script, 'arenaGrid');
  if (grid) {
    for (const arena of chosenArenas(interview, script)) {
      for (const questionId of grid.needs) {
        const detail = text(interview, keys.grid(arena.id, questionId)).trim();
        const question = grid.grid.find((q) => q.id === questionId);
        if (detail === '' || !question) continue;
        needs.push({
          id: `${arena.id}/${questionId}`,
          label: `${arena.label} — ${question.label}`,
          detail,
          source: { kind: 'arena', arenaId: arena.id, questionId },
          ...(grid.obstacles?.includes(questionId) ? { obstacle: true } : {}),
        });
      }
    }
  }
  const modes = stepOfKind(script, 'growthModes');
  const preferred = text(interview, keys.preferredMode);
  const mode = modes?.modes.find((m) => m.id === preferred);
  if (mode) {
    needs.push({
      id: `mode/${mode.id}`,
      label: `Grows best through ${mode.label.toLowerCase()}`,
      detail: (modes?.questions ?? [])
        .map((q) => text(interview, keys.answer(modes?.id ?? '', q.id)).trim())
        .filter((t) => t !== '')
        .join('\n'),
      source: { kind: 'mode', modeId: mode.id },
    });
  }
  return needs;
}
