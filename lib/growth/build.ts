import { keys, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import type { Script, Step } from '../script';
import { oneLine } from '../summary/clean';
import { BY_KIND, type Context, type Contribution } from './kinds';
import { type GrowthPlan, type PlanItem, type PlanOptions, type PlanSection, SECTION_TITLES, type SectionId } from './model';
import { reachedSteps } from './reached';
import { DEFAULT_GREETING, DEFAULT_SIGN_OFF, paragraphs } from './wording';

export interface BuiltPlan {
  plan: GrowthPlan;
  /** Accepted offerings left out because the catalogue no longer has them, by the name they were offered under. */
  leftOut: string[];
  /** Whether they named any obstacle, ticked in or not (the preview offers the tick only then). */
  hasObstacles: boolean;
}

/**
 * Interview + script → the message for the candidate, from the steps it
 * reached (reached.ts), sections only for the kinds it has. Their words are
 * as typed: a quote mark adds no quotation marks, a follow-up flag no section.
 */
export function buildGrowthPlan(interview: Interview, script: Script, options: PlanOptions): BuiltPlan {
  const ctx: Context = { interview, script, options, leftOut: new Set() };
  const found: Record<SectionId, PlanItem[]> = { arenas: [], learn: [], obstacles: [], modes: [], offers: [] };
  for (const step of reachedSteps(interview, script)) {
    const part = (BY_KIND[step.kind] as (ctx: Context, s: Step) => Contribution)(ctx, step);
    for (const [id, items] of Object.entries(part) as [SectionId, PlanItem[]][]) found[id].push(...items);
  }
  const hasObstacles = found.obstacles.length > 0;
  if (!options.obstacles) found.obstacles = [];
  const sections: PlanSection[] = (Object.keys(SECTION_TITLES) as SectionId[])
    .filter((id) => found[id].length > 0)
    .map((id) => ({ id, title: SECTION_TITLES[id], items: found[id] }));
  const values = { name: oneLine(text(interview, keys.candidate)), interviewer: oneLine(options.interviewer ?? '') };
  return {
    plan: {
      opening: paragraphs(options.greeting ?? DEFAULT_GREETING, values),
      sections,
      closing: paragraphs(options.signOff ?? DEFAULT_SIGN_OFF, values),
    },
    leftOut: [...ctx.leftOut],
    hasObstacles,
  };
}
