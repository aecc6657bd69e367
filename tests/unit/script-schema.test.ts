import { describe, expect, it } from 'vitest';
import { reverseInterview } from '../../lib/script';
import { ScriptSchema } from '../../lib/script/validate';
import { must } from './support';

/** The built-in as plain JSON, so a test can break it in ways the `Script` type forbids. */
type RawStep = Record<string, unknown> & { id: string; kind: string };
type RawScript = Record<string, unknown> & { steps: RawStep[] };

function rawScript(): RawScript {
  return JSON.parse(JSON.stringify(reverseInterview)) as RawScript;
}

function stepOf(script: RawScript, kind: string): RawStep {
  return must(
    script.steps.find((s) => s.kind === kind),
    `a ${kind} step`,
  );
}

function list(step: RawStep, field: string): Record<string, unknown>[] {
  return step[field] as Record<string, unknown>[];
}

describe('ScriptSchema', () => {
  it('accepts the built-in Reverse Interview unchanged', () => {
    const parsed = ScriptSchema.safeParse(reverseInterview);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(reverseInterview);
  });

  it('accepts a minimal script with one plain questions step', () => {
    const minimal = {
      id: 'short',
      name: 'Short',
      version: 1,
      steps: [{ id: 'only', kind: 'questions', title: 'Only', say: 'Hello.', guidance: [], checks: [], questions: [] }],
    };
    expect(ScriptSchema.safeParse(minimal).success).toBe(true);
  });

  it.each<{ name: string; breakIt: (s: RawScript) => void; path: (string | number)[]; message?: string }>([
    {
      name: 'duplicate step ids',
      breakIt: (s) => {
        stepOf(s, 'arenaChoice').id = 'difference';
      },
      path: ['steps'],
      message: 'step ids must be unique',
    },
    {
      name: 'duplicate ids within a step (an arena twice)',
      breakIt: (s) => {
        const arenas = list(stepOf(s, 'arenaChoice'), 'arenas');
        arenas.push({ id: 'technical', label: 'Technical growth, again' });
      },
      path: ['steps'],
      message: 'ids within a step must be unique',
    },
    {
      name: 'duplicate ids within a step (a question named like a grid question)',
      breakIt: (s) => {
        list(stepOf(s, 'arenaGrid'), 'questions').push({ id: 'learn', text: 'Anything else?', label: 'Else' });
      },
      path: ['steps'],
      message: 'ids within a step must be unique',
    },
    {
      name: 'arena grid before the arena choice',
      breakIt: (s) => {
        const choice = stepOf(s, 'arenaChoice');
        const grid = stepOf(s, 'arenaGrid');
        s.steps = s.steps.map((step) => (step === choice ? grid : step === grid ? choice : step));
      },
      // The problem is the grid's: where the editor shows it (issue 18).
      path: ['steps', 1],
      message: 'an arena grid needs an arena choice before it',
    },
    {
      name: 'arena grid without any arena choice',
      breakIt: (s) => {
        s.steps = s.steps.filter((step) => step.kind !== 'arenaChoice');
      },
      path: ['steps', 1],
      message: 'an arena grid needs an arena choice before it',
    },
    {
      name: 'grid needs naming a grid question that does not exist',
      breakIt: (s) => {
        stepOf(s, 'arenaGrid').needs = ['learn', 'dreams'];
      },
      path: ['steps', 2],
      message: 'arena grid needs must name grid questions',
    },
    {
      name: 'two steps of a structured kind',
      breakIt: (s) => {
        s.steps.push({ ...stepOf(s, 'match'), id: 'match-again' });
      },
      path: ['steps', 5],
      message: 'a script has at most one “Match what we offer” step',
    },
    {
      name: 'empty step title',
      breakIt: (s) => {
        stepOf(s, 'questions').title = '';
      },
      path: ['steps', 0, 'title'],
    },
    {
      name: 'blank step title (whitespace only)',
      breakIt: (s) => {
        stepOf(s, 'growthModes').title = '   ';
      },
      path: ['steps', 3, 'title'],
    },
    {
      name: 'empty script name',
      breakIt: (s) => {
        s.name = '';
      },
      path: ['name'],
    },
    {
      name: 'bad script id (upper case and a space)',
      breakIt: (s) => {
        s.id = 'Reverse Interview';
      },
      path: ['id'],
      message: 'expected a lower-case id of at most 40 characters',
    },
    {
      name: 'bad arena id (a colon would break field keys)',
      breakIt: (s) => {
        must(list(stepOf(s, 'arenaChoice'), 'arenas')[0]).id = 'tech:nical';
      },
      path: ['steps', 1, 'arenas', 0, 'id'],
      message: 'expected a lower-case id of at most 40 characters',
    },
    {
      name: 'maxArenas 0',
      breakIt: (s) => {
        stepOf(s, 'arenaChoice').maxArenas = 0;
      },
      path: ['steps', 1, 'maxArenas'],
    },
    {
      name: 'unknown step kind',
      breakIt: (s) => {
        stepOf(s, 'questions').kind = 'quiz';
      },
      path: ['steps', 0, 'kind'],
    },
    {
      name: 'no steps at all',
      breakIt: (s) => {
        s.steps = [];
      },
      path: ['steps'],
    },
  ])('rejects $name and reports where', ({ breakIt, path, message }) => {
    const script = rawScript();
    breakIt(script);
    const parsed = ScriptSchema.safeParse(script);
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues ?? [];
    expect(issues.map((i) => i.path)).toContainEqual(path);
    if (message) expect(issues.map((i) => i.message)).toContain(message);
  });
});
