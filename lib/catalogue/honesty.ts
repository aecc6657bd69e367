import type { CatalogueEntry } from './schema';

/**
 * The honesty guard. When the way the candidate grows best has no offering,
 * the panel says so in plain words and shows what does exist instead, so the
 * interviewer does not improvise a programme the company does not have.
 */
export interface Gap {
  modeId: string;
  modeLabel: string;
  /** What the panel says, in plain words. */
  message: string;
  /** Offerings that do exist: those serving other ways they have grown first, then the rest. */
  instead: CatalogueEntry[];
}

export function honestyGap(
  preferred: { id: string; label: string } | undefined,
  catalogue: readonly CatalogueEntry[],
  /** The other ways the candidate has grown (ticked in step 4). */
  alsoGrewThrough: readonly string[] = [],
): Gap | null {
  if (!preferred) return null;
  if (catalogue.some((o) => o.modes.some((m) => m === preferred.id))) return null;
  const mode = preferred.label.toLowerCase();
  const fits = (o: CatalogueEntry) => o.modes.some((m) => m !== preferred.id && alsoGrewThrough.includes(m));
  const instead = [...catalogue.filter(fits), ...catalogue.filter((o) => !fits(o))];
  return {
    modeId: preferred.id,
    modeLabel: preferred.label,
    message:
      catalogue.length === 0
        ? `There is nothing in your catalogue yet, so nothing for ${mode} either. Do not promise ${mode}: say what you really have.`
        : `We have no ${mode} on offer. They grow best through ${mode}: say so plainly and do not promise it.`,
    instead,
  };
}

/** The line the summary records for a gap the interviewer chose to record. */
export function gapLine(modeLabel: string): string {
  return `No ${modeLabel.toLowerCase()} on offer; none was promised`;
}
