import type { MatchContext } from '../../../lib/catalogue/context';
import type { CatalogueEntry } from '../../../lib/catalogue/schema';
import type { Need } from '../../../lib/steps/match';

export function offering(id: string, over: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return { id, name: id, kind: 'resources', description: '', modes: [], arenas: [], tags: [], source: 'personal', ...over };
}

export function arenaNeed(arenaId: string, detail: string, questionId = 'learn'): Need {
  return {
    id: `reality/${arenaId}/${questionId}`,
    label: `${arenaId} — ${questionId}`,
    detail,
    source: { kind: 'arena', arenaId, questionId },
    // The built-in script's obstacles question (lib/script/reverse-interview.ts).
    ...(questionId === 'obstacles' ? { obstacle: true } : {}),
  };
}

export function modeNeed(modeId: string): Need {
  return { id: `growth/${modeId}`, label: `Grows best through ${modeId}`, detail: '', source: { kind: 'mode', modeId } };
}

export const context: MatchContext = {
  preferred: { id: 'mentoring', label: 'Mentoring' },
  arenaLabels: { technical: 'Technical growth', leadership: 'Leadership growth' },
  grewThrough: { courses: 'Course work' },
};

/** A catalogue with no mentoring at all: the honesty guard's case. */
export const noMentoring: CatalogueEntry[] = [
  offering('book-budget', { name: 'Book budget', modes: ['courses'], arenas: ['technical'], tags: ['books', 'kubernetes'] }),
  offering('pairing', { name: 'Pairing rotation', kind: 'people', modes: ['apprenticeship'], arenas: ['technical'] }),
  offering('talks', { name: 'Friday talks', kind: 'opportunities', modes: ['other'], arenas: ['personal'], tags: ['speaking'] }),
  offering('lead-track', { name: 'Tech lead track', kind: 'opportunities', modes: ['apprenticeship'], arenas: ['leadership'] }),
];
