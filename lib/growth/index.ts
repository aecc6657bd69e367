export { type BuiltPlan, buildGrowthPlan, type Offered, type PlanOptions } from './build';
export * from './model';
export { reachedSteps } from './reached';
export { GROWTH_TAGS, renderGrowthPlan } from './render';
