import { describe, expect, it } from 'vitest';
import { builtInScripts, defaultScript, reverseInterview, stepOfKind } from '../../lib/script';
import { ScriptSchema } from '../../lib/script/validate';
import { must } from './support';

describe('the built-in Reverse Interview script', () => {
  it('parses with ScriptSchema', () => {
    expect(ScriptSchema.safeParse(reverseInterview).success).toBe(true);
  });

  it('is the default and is found by its id', () => {
    expect(defaultScript).toBe(reverseInterview);
    expect(builtInScripts).toEqual([reverseInterview]);
  });

  it("has the method's five steps in the method's order", () => {
    expect(reverseInterview.steps.map((s) => [s.title, s.kind])).toEqual([
      ['State the difference', 'questions'],
      ['Arenas for goal-setting', 'arenaChoice'],
      ['Current reality', 'arenaGrid'],
      ['How they grow best', 'growthModes'],
      ['Match what we offer', 'match'],
    ]);
  });

  it.each(reverseInterview.steps.map((s) => [s.id, s] as const))('step %s has something to say and guidance', (_id, step) => {
    expect(step.say.trim()).not.toBe('');
    expect(step.guidance.length).toBeGreaterThan(0);
    for (const line of step.guidance) expect(line.trim()).not.toBe('');
  });

  it('step 1 has a tick for saying why this interview is different', () => {
    const step = must(reverseInterview.steps[0]);
    expect(step.checks).toHaveLength(1);
  });

  it('offers the four arenas, at most four, and lets the candidate add their own', () => {
    const step = must(stepOfKind(reverseInterview, 'arenaChoice'));
    expect(step.arenas.map((a) => a.label)).toEqual([
      'Technical growth',
      'Peer relationships and teamwork',
      'Leadership growth',
      'Personal development at work',
    ]);
    expect(step.maxArenas).toBe(4);
    expect(step.allowCustom).toBe(true);
  });

  it('asks three grid questions per arena; learning and obstacles are the needs', () => {
    const step = must(stepOfKind(reverseInterview, 'arenaGrid'));
    expect(step.grid.map((q) => [q.id, q.label])).toEqual([
      ['strengths', 'Already good at'],
      ['learn', 'Wants to learn or improve'],
      ['obstacles', 'Biggest obstacles'],
    ]);
    expect(step.needs).toEqual(['learn', 'obstacles']);
  });

  it('lists the growth modes: courses, mentoring, apprenticeship, something else', () => {
    const step = must(stepOfKind(reverseInterview, 'growthModes'));
    expect(step.modes.map((m) => m.id)).toEqual(['courses', 'mentoring', 'apprenticeship', 'other']);
    expect(step.modes.map((m) => m.label)).toEqual(['Course work', 'Mentoring', 'Apprenticeship', 'Something else']);
  });

  it('matches needs against people, resources and opportunities', () => {
    const step = must(stepOfKind(reverseInterview, 'match'));
    expect(step.supports.map((s) => s.id)).toEqual(['people', 'resources', 'opportunities']);
    for (const support of step.supports) expect(support.description?.trim()).toBeTruthy();
  });

  it('credits the method and its author', () => {
    expect(reverseInterview.credit).toContain('Scott Smeester');
    expect(reverseInterview.credit).toContain('Reverse Interviews');
  });
});
