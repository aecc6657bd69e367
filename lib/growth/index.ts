export { type BuiltPlan, buildGrowthPlan } from './build';
export * from './model';
export { reachedSteps } from './reached';
export { GROWTH_TAGS, renderGrowthPlan } from './render';
