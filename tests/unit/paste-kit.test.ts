import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kitScript, readPastedKit } from '../../lib/script/paste';
import { ScriptSchema } from '../../lib/script/validate';

/** Realistic text as each kind of page pastes it (copied by hand from the page layouts, anonymised). */
const kit = (name: string) => readFileSync(new URL(`../fixtures/kits/${name}.txt`, import.meta.url), 'utf8');

describe('Paste interview questions', () => {
  it.each<[string, { title: string; questions: string[] }[], number]>([
    [
      'greenhouse',
      [
        {
          title: 'Collaboration',
          questions: [
            'Tell me about a time you disagreed with a teammate about a technical decision.',
            'How did you resolve it?',
          ],
        },
        {
          title: 'Ownership',
          questions: [
            'Describe a project you owned end to end. What would you do differently?',
            'What did you do when the project slipped?',
          ],
        },
      ],
      // Interview Kit, Prep, Add Note ×2, Scorecard, Key Take-Aways, the four ratings, Submit Scorecard.
      11,
    ],
    [
      'lever',
      [
        {
          title: 'Phone screen feedback',
          questions: [
            'Walk me through your current role.',
            'Why are you looking to leave?',
            'What are your salary expectations?',
          ],
        },
      ],
      // Rating, 1–4, Questions, Comments, "Type your answer here...".
      8,
    ],
    [
      'ashby',
      [
        {
          title: 'TECHNICAL DEPTH',
          questions: ['How would you design a rate limiter for a public API?', 'What trade-offs would you make for consistency?'],
        },
        { title: 'SYSTEMS THINKING', questions: ['Tell me about an outage you helped resolve', 'What changed afterwards?'] },
      ],
      5,
    ],
    [
      'doc',
      [
        { title: 'Motivation', questions: ['What drew you to this role?', 'What kind of work gives you energy?'] },
        { title: 'Working style', questions: ['How do you like to receive feedback?', 'Describe your ideal manager.'] },
      ],
      0,
    ],
  ])('%s: headings become steps, lines become questions, the page around them is left out', (name, sections, ignored) => {
    const read = readPastedKit(kit(name));
    expect(read.sections.map(({ title, questions }) => ({ title, questions }))).toEqual(sections);
    expect(read.ignored).toBe(ignored);
    const script = kitScript(read, 'Pasted kit');
    expect(ScriptSchema.safeParse(script).success).toBe(true);
    expect(script.steps.map((s) => s.questions.map((q) => q.text))).toEqual(sections.map((s) => s.questions));
  });

  it('keeps the notes under a heading: the first is what to say, the rest guidance', () => {
    const [working] = readPastedKit(kit('doc')).sections.slice(1);
    expect(working?.notes).toEqual(['Listen for concrete examples.']);
    const script = kitScript(readPastedKit(kit('doc')), 'Culture interview');
    expect(script.steps[1]?.say).toBe('Listen for concrete examples.');
    expect(script.steps[0]?.say).toBe('Ask the questions below, in your own words.');
  });

  it('a kit without headings is one step of questions; ids are unique and safe; long questions get short labels', () => {
    const long = `Tell me about the most difficult stakeholder you have worked with, and what you learned about yourself from it?`;
    const script = kitScript(readPastedKit(`What is your name?\nWhat is your name?\n${long}`), '  ', ['pasted-interview']);
    expect(script.id).toBe('pasted-interview-2');
    expect(script.name).toBe('Pasted interview');
    expect(script.steps).toHaveLength(1);
    expect(script.steps[0]?.title).toBe('Questions');
    const ids = script.steps[0]?.questions.map((q) => q.id) ?? [];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]{0,39}$/);
    const label = script.steps[0]?.questions[2]?.label ?? '';
    expect(label.length).toBeLessThanOrEqual(60);
    expect(label.endsWith('…')).toBe(true);
    expect(ScriptSchema.safeParse(script).success).toBe(true);
  });

  it('nothing that reads as a question gives no sections', () => {
    expect(readPastedKit('Strong No\nYes\nSubmit Scorecard\n\n').sections).toEqual([]);
    expect(readPastedKit('').sections).toEqual([]);
  });
});
