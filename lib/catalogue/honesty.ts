import type { CatalogueEntry } from './schema';
import type { Suggestion } from './scorer';

/**
 * The honesty guard. When the way the candidate grows best has no offering,
 * the panel says so in plain words and shows what does exist instead, so the
 * interviewer does not improvise a programme the company does not have.
 */
export interface Gap {
  modeId: string;
  modeLabel: string;
  /** A short title, e.g. "No mentoring on offer". */
  title: string;
  /** What the panel says, in plain words. */
  message: string;
  /**
   * What exists instead, each with why it is shown: offerings serving other
   * ways they have grown come first, then those fitting their arenas, then the rest.
   */
  instead: Suggestion[];
}

export interface GapContext {
  preferred: { id: string; label: string } | undefined;
  /** The other ways the candidate has grown (ticked in step 4), id → label. */
  grewThrough: Readonly<Record<string, string>>;
  /** Their chosen arenas, id → label. */
  arenaLabels: Readonly<Record<string, string>>;
}

export function honestyGap(catalogue: readonly CatalogueEntry[], context: GapContext): Gap | null {
  const { preferred } = context;
  if (!preferred) return null;
  if (catalogue.some((o) => o.modes.some((m) => m === preferred.id))) return null;
  const mode = preferred.label.toLowerCase();
  const instead = catalogue
    .map((offering, order) => {
      const reasons: string[] = [];
      const modes = offering.modes.filter((m) => Object.hasOwn(context.grewThrough, m));
      if (modes.length > 0) {
        reasons.push(
          `Serves ${modes.map((m) => context.grewThrough[m]?.toLowerCase()).join(' and ')}, which also worked for them`,
        );
      }
      const arenas = offering.arenas.filter((a) => Object.hasOwn(context.arenaLabels, a));
      if (arenas.length > 0) reasons.push(`Fits ${arenas.map((a) => context.arenaLabels[a]).join(', ')}`);
      return { suggestion: { offering, score: modes.length * 3 + arenas.length, reasons }, order };
    })
    .filter(({ suggestion }) => suggestion.score > 0)
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.order - b.order)
    .map(({ suggestion }) => suggestion);
  return {
    modeId: preferred.id,
    modeLabel: preferred.label,
    title: `No ${mode} on offer`,
    message:
      catalogue.length === 0
        ? `Your catalogue is empty, so nothing here offers ${mode}, the way they grow best. Say so plainly; do not promise it.`
        : `Nothing in your catalogue offers ${mode}, the way they grow best. Say so plainly; do not promise it.`,
    instead,
  };
}

/** The line the summary records for a gap the interviewer chose to record. */
export function gapLine(modeLabel: string): string {
  return `No ${modeLabel.toLowerCase()} on offer; none was promised`;
}
