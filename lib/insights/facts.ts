import { type Status, statusOf } from '../interview/entry';
import { keys, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import type { Script } from '../script/schema';
import type { Step, StepOf } from '../steps';
import { type Arena, allArenas, chosenArenas } from '../steps/arena-choice';
import { preferredMode } from '../steps/growth-modes';
import { needAnswers } from '../steps/match';

/**
 * What Insights needs of one interview, read once through its own script's
 * step kinds (lib/steps/): kept small, so filtering 2,000 of them again at
 * every change of a filter costs nothing, and the records themselves are let go.
 * An interview whose script has no step of a kind contributes nothing to that chart.
 */
export interface InterviewFacts {
  id: string;
  createdAt: number;
  role: string;
  status: Status;
  /** False when this browser does not have the script the interview was run with: it counts, but in no chart. */
  scriptKnown: boolean;
  /** The arenas chosen, by their label; `custom` for the candidate's own. */
  arenas: { label: string; custom: boolean }[];
  /** The one way they grow best, when they named one. */
  preferredMode: { id: string; label: string } | null;
  /** One per need left with no offering, under the arena or the way to grow it came from. */
  gaps: { in: 'arena' | 'mode'; label: string }[];
  /** One per need an offering was accepted for (and stands), by the offering's id and the name it had then. */
  accepted: { offeringId: string; name: string; t: number }[];
}

function stepsOf<K extends Step['kind']>(script: Script, kind: K): StepOf<K>[] {
  return script.steps.filter((s): s is StepOf<K> => s.kind === kind);
}

export function factsOf(interview: Interview, script: Script | null): InterviewFacts {
  const base = {
    id: interview.id,
    createdAt: interview.createdAt,
    role: text(interview, keys.role).trim(),
    status: statusOf(interview),
  };
  if (!script) return { ...base, scriptKnown: false, arenas: [], preferredMode: null, gaps: [], accepted: [] };

  const choices = stepsOf(script, 'arenaChoice');
  const arenas = choices.flatMap((step) => chosenArenas(interview, step)).map((a) => ({ label: a.label, custom: a.custom }));
  // Every arena on offer by id, the candidate's own included, to name the arena a need came from.
  const arenaById = new Map<string, Arena>(choices.flatMap((step) => allArenas(interview, step)).map((a) => [a.id, a]));
  const modes = stepsOf(script, 'growthModes');
  const preferred = modes.map((step) => preferredMode(interview, step)).find((m) => m !== undefined);
  const modeLabel = (id: string) => modes.flatMap((s) => s.modes).find((m) => m.id === id)?.label ?? id;

  const gaps: InterviewFacts['gaps'] = [];
  const accepted: InterviewFacts['accepted'] = [];
  for (const step of stepsOf(script, 'match')) {
    // Settled as the summary settles them (lib/steps/match/answers.ts): a gap counted here is a gap there.
    for (const answer of needAnswers(interview, script, step)) {
      const { source } = answer.need;
      if (answer.noOffer || answer.gap) {
        gaps.push(
          source.kind === 'arena'
            ? { in: 'arena', label: arenaById.get(source.arenaId)?.label ?? source.arenaId }
            : { in: 'mode', label: modeLabel(source.modeId) },
        );
      }
      // Empty when "nothing we can honestly offer" was said after them: they are not what the candidate was told.
      for (const d of answer.accepted) accepted.push({ offeringId: d.offeringId, name: d.name, t: d.t });
    }
  }
  return {
    ...base,
    scriptKnown: true,
    arenas,
    preferredMode: preferred ? { id: preferred.id, label: preferred.label } : null,
    gaps,
    accepted,
  };
}
