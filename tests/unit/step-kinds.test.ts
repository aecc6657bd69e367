import { describe, expect, it } from 'vitest';
import { KIND_EDITORS } from '../../components/options/scripts/editor/kinds';
import { KIND_COMPONENTS } from '../../components/steps';
import { BY_KIND } from '../../lib/growth/kinds';
import { NON_ANSWER_PREFIXES } from '../../lib/interview';
import { blankStep, DraftStepSchema, draftOf } from '../../lib/script/draft';
import { ScriptSchema } from '../../lib/script/validate';
import { KINDS, kindOf, StepSchema } from '../../lib/steps';
import { EDITING } from '../../lib/steps/editing';
import { everyKindInterview, everyKindScript, KIND_SAMPLES } from './support/every-kind';

/**
 * Step kinds are modules (issue 17): each one has a component, a summary,
 * its progress and its schema, and keys its fields by its step's id. These
 * fail when a kind is added halfway. Each kind is checked against its step in
 * `everyKindScript` (tests/unit/support/every-kind.ts), a test script with one
 * step of every kind, not against the built-in method, which need not use them all.
 */
const kinds = Object.keys(KINDS).sort();

describe('step kinds', () => {
  it('the test script has one step of every kind, and is a valid script', () => {
    expect(Object.keys(KIND_SAMPLES).sort()).toEqual(kinds);
    expect(everyKindScript.steps.map((s) => s.kind).sort()).toEqual(kinds);
    expect(ScriptSchema.safeParse(everyKindScript).success).toBe(true);
  });

  it('every kind has a component, and every component a kind', () => {
    expect(Object.keys(KIND_COMPONENTS).sort()).toEqual(kinds);
    for (const kind of kinds) expect(typeof KIND_COMPONENTS[kind as keyof typeof KIND_COMPONENTS], kind).toBe('function');
  });

  it('every kind says what it gives the message for the candidate, and every entry is a kind', () => {
    expect(Object.keys(BY_KIND).sort()).toEqual(kinds);
    for (const kind of kinds) expect(typeof BY_KIND[kind as keyof typeof BY_KIND], kind).toBe('function');
  });

  it('every kind can be edited: a name, a draft schema every step of it passes, a new step, and an editor for its own fields', () => {
    expect(Object.keys(EDITING).sort()).toEqual(kinds);
    const samples = draftOf(everyKindScript).steps;
    for (const [name, kind] of Object.entries(KINDS)) {
      const editing = EDITING[name as keyof typeof KINDS];
      expect(kind.name, name).not.toBe('');
      const fresh = blankStep(name as keyof typeof KINDS, new Set());
      expect(DraftStepSchema.safeParse(fresh).success, `${name}: a new step is a valid draft`).toBe(true);
      const sample = samples.find((s) => s.kind === name);
      expect(sample && DraftStepSchema.safeParse(sample).success, name).toBe(true);
      // Lists the step editor draws by itself; other fields of its own need the kind's editor component.
      for (const list of Object.keys(editing.lists)) expect(Array.isArray(fresh[list]), `${name}.${list}`).toBe(true);
      if (Object.keys(editing.fields).length > 0) expect(typeof KIND_EDITORS[name as keyof typeof KINDS], name).toBe('function');
    }
  });

  it('every kind has its schema in the step union, a summary and a progress', () => {
    for (const [name, kind] of Object.entries(KINDS)) {
      expect(kind.kind).toBe(name);
      expect(typeof kind.summary, name).toBe('function');
      expect(typeof kind.progress, name).toBe('function');
      expect(StepSchema.safeParse(KIND_SAMPLES[name as keyof typeof KINDS]).success, name).toBe(true);
    }
  });

  it('a filled interview gives each kind with a part of its own a summary and progress', () => {
    const interview = everyKindInterview();
    for (const step of everyKindScript.steps) {
      if (step.kind === 'questions') continue;
      const kind = kindOf(step);
      expect(kind.summary(interview, everyKindScript, step, {}).length, step.kind).toBeGreaterThan(0);
      expect(kind.progress(interview, everyKindScript, step).done, step.kind).toBeGreaterThan(0);
    }
  });

  it("every field a filled interview holds is the header's, a shared step field, or keyed by its own step's id", () => {
    const stepIds = new Set(everyKindScript.steps.map((s) => s.id));
    const header = new Set(['candidate', 'role', 'atsLink', 'step', 'status', 'take', 'timer:startedAt']);
    const keys = Object.keys(everyKindInterview().fields);
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const bare = key.startsWith('mark:') ? key.slice('mark:'.length) : key;
      if (header.has(bare)) continue;
      const [prefix, stepId] = bare.split(':');
      expect(stepIds.has(stepId ?? ''), `${key}: "${prefix}:" is followed by a step id`).toBe(true);
    }
  });

  it("kinds declare which of their fields are not answers, and those prefixes are what the summary's duration skips", () => {
    for (const kind of Object.values(KINDS)) for (const p of kind.notAnswers) expect(NON_ANSWER_PREFIXES).toContain(p);
  });
});
