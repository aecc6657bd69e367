import { text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import type { Script } from '../script';
import type { StepKindName, StepOf } from '../steps';
import { chosenArenas } from '../steps/arena-choice';
import { type ArenaGridStep, gridArenas, gridKey } from '../steps/arena-grid';
import { type GrowthModesStep, grewThrough, preferredMode } from '../steps/growth-modes';
import { type MatchStep, type Need, type NeedAnswer, needAnswers } from '../steps/match';
import { stepsBefore } from '../steps/parts';
import { NOT_TODAY, NOT_TODAY_BUT, type PlanItem, type PlanOptions, planItem, type SectionId } from './model';

export type Contribution = Partial<Record<SectionId, PlanItem[]>>;

export interface Context {
  interview: Interview;
  script: Script;
  options: PlanOptions;
  leftOut: Set<string>;
}

/**
 * Each kind's part of the message, from its own accessors (lib/steps/): the
 * record is exhaustive, so a new step kind does not compile until it says what
 * it gives the candidate. Free-text questions, ticks and "Already good at" are
 * the interviewer's notes and assessment: no kind gives them.
 */
export const BY_KIND: { [K in StepKindName]: (ctx: Context, step: StepOf<K>) => Contribution } = {
  questions: () => ({}),
  arenaChoice: ({ interview }, step) => ({ arenas: chosenArenas(interview, step).map((a) => planItem(a.label)) }),
  arenaGrid: gridPart,
  growthModes: modesPart,
  match: offersPart,
};

/** What they want to learn and what gets in the way, by arena, in their words. */
function gridPart({ interview, script }: Context, step: ArenaGridStep): Contribution {
  const obstacle = (id: string) => step.obstacles?.includes(id) ?? false;
  const needs = step.grid.filter((q) => step.needs.includes(q.id));
  const learn: PlanItem[] = [];
  const obstacles: PlanItem[] = [];
  for (const arena of gridArenas(interview, script, step)) {
    for (const q of needs) {
      const words = text(interview, gridKey(step.id, arena.id, q.id));
      // Named by the arena alone unless the arena has two questions of this sort (a script of one's own may).
      const several = needs.filter((n) => obstacle(n.id) === obstacle(q.id)).length > 1;
      const entry = planItem(several ? `${arena.label} — ${q.label}` : arena.label, words);
      if (entry.text !== '') (obstacle(q.id) ? obstacles : learn).push(entry);
    }
  }
  return { learn, obstacles };
}

function modesPart({ interview }: Context, step: GrowthModesStep): Contribution {
  const grew = grewThrough(interview, step);
  const preferred = preferredMode(interview, step);
  return {
    modes: [
      ...(grew.length > 0 ? [planItem('What has worked for you', grew.map((m) => m.label).join(', '))] : []),
      ...(preferred ? [planItem('What suits you best', preferred.label)] : []),
    ],
  };
}

/**
 * For each need the interviewer answered: the offers, or the honest "we don't
 * have this today". A need nothing was said about is left out: silence is not a "no".
 */
function offersPart(ctx: Context, step: MatchStep): Contribution {
  const { interview, script, options } = ctx;
  const shown = needAnswers(interview, script, step)
    .filter((a) => options.obstacles || !a.need.obstacle)
    .map((a) => ({ need: a.need, children: answerItems(ctx, a) }))
    .filter((a) => a.children.length > 0);
  const topics = new Map<string, string>([
    ...stepsBefore<ArenaGridStep>(script, step, 'arenaGrid').flatMap((g) =>
      gridArenas(interview, script, g).map((a): [string, string] => [`arena:${a.id}`, a.label]),
    ),
    ...stepsBefore<GrowthModesStep>(script, step, 'growthModes').flatMap((s) =>
      s.modes.map((m): [string, string] => [`mode:${m.id}`, m.label]),
    ),
  ]);
  const needs = shown.map((s) => s.need);
  return { offers: shown.map(({ need, children }) => planItem(needLabel(need, needs, topics), '', children)) };
}

function answerItems(ctx: Context, { gap, noOffer, typed, accepted }: NeedAnswer): PlanItem[] {
  if (noOffer) return [planItem(NOT_TODAY)];
  const offers = [
    ...typed.map((o) => planItem(o.label, text(ctx.interview, o.key))),
    ...accepted.flatMap((d) => {
      const entry = ctx.options.catalogue.find((o) => o.id === d.offeringId);
      if (!entry) ctx.leftOut.add(d.name);
      return entry ? [planItem(d.name, entry.description, [], entry.link)] : [];
    }),
  ];
  return gap ? [planItem(offers.length > 0 ? NOT_TODAY_BUT : NOT_TODAY), ...offers] : offers;
}

/** A need by what it is about: the arena ("Technical growth"), told apart by its sort when the arena has two; the growth mode. */
function needLabel(need: Need, shown: readonly Need[], topics: ReadonlyMap<string, string>): string {
  const { source } = need;
  if (source.kind === 'mode') return `${topics.get(`mode:${source.modeId}`) ?? source.modeId} (how you like to grow)`;
  const arena = topics.get(`arena:${source.arenaId}`) ?? need.label;
  const same = shown.filter((n) => n.source.kind === 'arena' && n.source.arenaId === source.arenaId);
  if (same.length === 1) return arena;
  const sort = same.filter((n) => Boolean(n.obstacle) === Boolean(need.obstacle));
  if (sort.length === 1) return `${arena} (${need.obstacle ? 'what gets in the way' : 'what you want to learn'})`;
  return need.label;
}
