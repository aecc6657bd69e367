import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserStorage } from '../../lib/platform/storage';
import { reverseInterview, type Script } from '../../lib/script';
import { draftProblems, finishDraft, problemText } from '../../lib/script/check';
import { type DraftScript, draftOf } from '../../lib/script/draft';
import {
  addItem,
  addStep,
  moveItem,
  moveStep,
  removeItem,
  removeStep,
  restore,
  setGridFlag,
  setItem,
} from '../../lib/script/edit';
import { KINDS, type StepKindName } from '../../lib/steps';
import { EDITING } from '../../lib/steps/editing';
import { createDrafts, draftsSpec } from '../../lib/storage/drafts';
import { createRepository } from '../../lib/storage/repository';
import { createScriptEditor } from '../../lib/store/script-editor';
import { createScriptsStore } from '../../lib/store/scripts';
import { implementGetKeys, must, settle } from './support';

beforeEach(() => {
  fakeBrowser.reset();
  implementGetKeys();
});

const copy = (): DraftScript => draftOf(reverseInterview, { id: 'copy', name: 'Copy' });
const said = (draft: DraftScript) => draftProblems(draft).map(problemText);

describe('problems of a draft, in plain words with where they are', () => {
  it('a copy of the built-in has none, and finishes as the built-in under its own id', () => {
    expect(draftProblems(copy())).toEqual([]);
    expect(finishDraft(copy(), 1)).toEqual({ ok: true, script: { ...reverseInterview, id: 'copy', name: 'Copy', version: 1 } });
  });

  it.each<[string, (d: DraftScript) => void, string[]]>([
    [
      'an empty name',
      (d) => {
        d.name = '  ';
      },
      ['The name is empty.'],
    ],
    [
      'an empty title',
      (d) => {
        must(d.steps[2]).title = '';
      },
      ['Step 3: the title is empty.'],
    ],
    [
      'an empty question',
      (d) => {
        must(d.steps[0]).questions[0] = { id: 'note', text: ' ', label: 'Note' };
      },
      ['Step 1, question 1: the question is empty.'],
    ],
    [
      'an empty summary label',
      (d) => {
        must(must(d.steps[3]).questions[0]).label = '';
      },
      ['Step 4, question 1: the summary label is empty.'],
    ],
    [
      'an empty arena',
      (d) => {
        (must(d.steps[1]).arenas as { label: string }[])[1] = { id: 'teamwork', label: '' } as never;
      },
      ['Step 2, arena 2: the name is empty.'],
    ],
    [
      'no arenas at all',
      (d) => {
        must(d.steps[1]).arenas = [];
      },
      ['Step 2: add at least one arena.'],
    ],
    [
      'no limit typed',
      (d) => {
        must(d.steps[1]).maxArenas = null;
      },
      ['Step 2: the arena limit must be a number.'],
    ],
    [
      'a limit of 0',
      (d) => {
        must(d.steps[1]).maxArenas = 0;
      },
      ['Step 2: the arena limit must be more than 0.'],
    ],
    [
      'half an arena',
      (d) => {
        must(d.steps[1]).maxArenas = 2.5;
      },
      ['Step 2: the arena limit must be a whole number.'],
    ],
    ['an empty guidance line', (d) => void must(d.steps[0]).guidance.push(''), ['Step 1, guidance line 3: the line is empty.']],
    [
      'a time budget of 500 minutes',
      (d) => {
        must(d.steps[0]).budgetMinutes = 500;
      },
      ['Step 1: the time budget must be at most 240.'],
    ],
    [
      'no kinds of support',
      (d) => {
        must(d.steps[4]).supports = [];
      },
      ['Step 5: add at least one kind of support.'],
    ],
    [
      'no steps',
      (d) => {
        d.steps = [];
      },
      ['A script needs at least one step.'],
    ],
    [
      'an arena grid before its arena choice, with an empty title too',
      (d) => {
        d.steps = [must(d.steps[2]), must(d.steps[1]), ...d.steps.slice(3)];
        must(d.steps[1]).title = '';
      },
      ['Step 1: an arena grid needs an arena choice before it.', 'Step 2: the title is empty.'],
    ],
    [
      'a match with nothing to match',
      (d) => {
        d.steps = [must(d.steps[0]), must(d.steps[4])];
      },
      ['Step 2: a match step needs an arena grid or growth modes before it: it has nothing to match.'],
    ],
    [
      'a second arena choice',
      (d) => void d.steps.splice(2, 0, { ...must(d.steps[1]), id: 'arenas-2' }),
      ['Step 3: a script has at most one “Arena choice” step.'],
    ],
  ])('%s', (_name, breakIt, expected) => {
    const draft = copy();
    breakIt(draft);
    expect(said(draft)).toEqual(expected);
    expect(finishDraft(draft, 1).ok).toBe(false);
  });

  it('every problem points at a place in the draft (the editor marks the field there)', () => {
    const draft = copy();
    must(must(draft.steps[3]).questions[0]).text = '';
    expect(draftProblems(draft)).toEqual([
      { where: 'Step 4, question 1', what: 'the question is empty', path: ['steps', 3, 'questions', 0, 'text'] },
    ]);
  });

  it('blank optional parts are left out of the version (a short label, a description, a budget), and a removed grid question takes its need tick with it', () => {
    const draft = copy();
    const grid = must(draft.steps[2]);
    grid.short = ' ';
    grid.budgetMinutes = null;
    (grid.grid as { id: string }[]).splice(2, 1); // "obstacles", a need and an obstacle
    const done = finishDraft(draft, 3);
    if (!done.ok) throw new Error(said(draft).join('\n'));
    const step = done.script.steps[2] as Extract<Script['steps'][number], { kind: 'arenaGrid' }>;
    expect(step.short).toBeUndefined();
    expect(step.budgetMinutes).toBeUndefined();
    expect(step.needs).toEqual(['learn']);
    expect(step.obstacles).toEqual([]);
  });
});

describe('edits', () => {
  it('steps and items: added with fresh ids, moved, removed and put back where they were', () => {
    let d = copy();
    const added = addStep(d, 'questions', 0);
    if ('refused' in added) throw new Error('refused');
    d = added.draft;
    expect(d.steps.map((s) => s.id)).toEqual(['difference', 'step-1', 'arenas', 'reality', 'growth', 'match']);
    d = moveStep(d, 1, -1);
    expect(must(d.steps[0]).id).toBe('step-1');
    const removed = must(removeStep(d, 0));
    expect(restore(removed.draft, removed.removed)?.draft).toEqual(d);

    const item = addItem(d, 3, 'grid');
    if ('refused' in item) throw new Error('refused');
    expect((must(item.draft.steps[3]).grid as { id: string }[]).at(-1)).toEqual({ id: 'grid-1', text: '', label: '' });
    d = setItem(item.draft, 3, 'grid', 3, 'text', 'Who helps you?');
    d = moveItem(d, 3, 'grid', 3, -1);
    expect((must(d.steps[3]).grid as { text: string }[])[2]?.text).toBe('Who helps you?');
    const gone = must(removeItem(d, 3, 'grid', 2));
    // The item goes back to its step even after the step has moved.
    const moved = moveStep(gone.draft, 3, -1);
    const back = must(restore(moved, gone.removed));
    expect((must(back.draft.steps[2]).grid as { text: string }[])[2]?.text).toBe('Who helps you?');
  });

  it('the script and its lists are bounded: a 31st step or a 61st item is refused', () => {
    let d: DraftScript = { id: 'x', name: 'X', steps: [] };
    for (let i = 0; i < 30; i += 1) {
      const next = addStep(d, 'questions');
      if ('refused' in next) throw new Error(`refused at ${i}`);
      d = next.draft;
    }
    expect(addStep(d, 'questions')).toEqual({ refused: 'full' });
    for (let i = 1; i < 60; i += 1) {
      const next = addItem(d, 0, 'questions');
      if ('refused' in next) throw new Error(`refused at ${i}`);
      d = next.draft;
    }
    expect(addItem(d, 0, 'questions')).toEqual({ refused: 'full' });
    expect(new Set(must(d.steps[0]).questions.map((q) => q.id)).size).toBe(60);
  });

  it('an obstacle is always a need: ticking an obstacle ticks the need, unticking the need unticks both', () => {
    let d = copy();
    d = setGridFlag(d, 2, 'strengths', 'obstacles', true);
    expect(must(d.steps[2]).needs).toEqual(['learn', 'obstacles', 'strengths']);
    d = setGridFlag(d, 2, 'obstacles', 'needs', false);
    expect(must(d.steps[2]).obstacles).toEqual(['strengths']);
  });
});

function setup() {
  const repository = createRepository(browserStorage());
  const core = createScriptsStore({ scripts: repository.scripts, builtIns: [reverseInterview] });
  const drafts = createDrafts(repository.item(draftsSpec));
  const editor = createScriptEditor({ scripts: repository.scripts, drafts, core, builtIns: [reverseInterview], retryMs: 10 });
  return { repository, drafts, core, editor, state: () => editor.store.getState() };
}

/** A script with one step of `kind` and what it needs before it, built only through the editor's actions. */
async function buildWith(kind: StepKindName, e: ReturnType<typeof setup>): Promise<void> {
  const { editor } = e;
  await editor.actions.newScript();
  editor.actions.setName(`Only ${kind}`);
  const needs: StepKindName[] =
    kind === 'arenaGrid' ? ['arenaChoice'] : kind === 'match' ? ['arenaChoice', 'arenaGrid', 'growthModes'] : [];
  for (const k of [...needs, kind]) if (k !== 'questions') editor.actions.addStep(k);
  const steps = () => must(e.state().open).draft.steps;
  steps().forEach((step, at) => {
    editor.actions.setStepField(at, 'title', `${KINDS[step.kind].name} step`);
    editor.actions.setStepField(at, 'say', 'Say this.');
    editor.actions.setStepField(at, 'budgetMinutes', 4);
    editor.actions.addItem(at, 'guidance');
    editor.actions.setItem(at, 'guidance', 0, null, 'A reminder.');
    editor.actions.addItem(at, 'checks');
    editor.actions.setItem(at, 'checks', 0, 'label', 'I said it');
    if (step.questions.length === 0) editor.actions.addItem(at, 'questions');
    editor.actions.setItem(at, 'questions', 0, 'text', 'What else?');
    editor.actions.setItem(at, 'questions', 0, 'label', 'Else');
    for (const list of Object.keys(EDITING[step.kind].lists)) {
      const items = ((steps()[at]?.[list] as unknown[] | undefined) ?? []).length;
      for (let n = 0; n < items; n += 1) {
        editor.actions.setItem(at, list, n, 'label', `Own ${list} ${n}`);
        editor.actions.setItem(at, list, n, 'text', `Ask ${list} ${n}?`);
      }
    }
    if (step.kind === 'arenaChoice') editor.actions.setStepField(at, 'maxArenas', 2);
  });
  await editor.flush();
}

describe('the editor store', () => {
  it.each(Object.keys(KINDS) as StepKindName[])(
    'a %s step round-trips: edited, saved, loaded again, the same script',
    async (kind) => {
      const e = setup();
      await e.core.actions.init();
      await e.editor.actions.init();
      await buildWith(kind, e);
      expect(e.state().problems.map(problemText)).toEqual([]);
      const edited = must(e.state().open).draft;
      expect(await e.editor.actions.save()).toBe(true);
      const id = `only-${kind.toLowerCase()}`;
      const stored = must(await e.repository.scripts.resolve(id, 1));
      expect(stored).toEqual(
        must(finishDraft({ ...edited, id }, 1).ok ? (finishDraft({ ...edited, id }, 1) as { script: Script }).script : null),
      );
      expect(stored.steps.map((s) => s.kind).at(-1)).toBe(kind);
      // Opened again from the library: the same script, and saving it unchanged adds no version.
      await e.editor.actions.close();
      await e.editor.actions.edit(id);
      expect(finishDraft(must(e.state().open).draft, 1)).toEqual({ ok: true, script: stored });
      expect(await e.editor.actions.save()).toBe(true);
      expect(e.state().message?.text).toBe('Nothing to save: this is version 1 as it is.');
      expect((await e.repository.scripts.readLibrary())[id]?.versions).toEqual([1]);
      // An edit makes version 2; version 1 stays as it was for the interviews that ran it.
      e.editor.actions.setStepField(0, 'title', 'Renamed');
      expect(await e.editor.actions.save()).toBe(true);
      expect(must(await e.repository.scripts.resolve(id, 2)).steps[0]?.title).toBe('Renamed');
      expect(await e.repository.scripts.resolve(id, 1)).toEqual(stored);
    },
  );

  it('"Make a copy" stores the draft at once; a draft with problems is refused as a version and kept', async () => {
    const e = setup();
    await e.core.actions.init();
    await e.editor.actions.init();
    await e.editor.actions.makeCopy(must(e.core.store.getState().choices[0]));
    await settle();
    const drafts = await e.drafts.read();
    expect(drafts.kind === 'ok' && Object.keys(drafts.drafts)).toEqual(['reverse-interview-copy']);
    expect(e.state().drafts['reverse-interview-copy']?.name).toBe('Reverse Interview (copy)');
    e.editor.actions.setStepField(1, 'title', '');
    expect(await e.editor.actions.save()).toBe(false);
    expect(e.state().message?.text).toBe(
      'Not saved as a version: one problem to fix first (Step 2: the title is empty.). Your draft is kept.',
    );
    expect(await e.repository.scripts.readLibrary()).toEqual({});
    await e.editor.flush();
    const kept = await e.drafts.read();
    expect(kept.kind === 'ok' && kept.drafts['reverse-interview-copy']?.script.steps[1]?.title).toBe('');
  });

  it('a refused draft write is said, kept on the page and written once storage takes it; nothing typed is lost', async () => {
    const e = setup();
    await e.editor.actions.init();
    await e.editor.actions.newScript();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    set.mockRejectedValue(new Error('IO error: 000003.log: No space left on device'));
    e.editor.actions.setName('Typed while the disk was full');
    await e.editor.flush();
    expect(e.state().draftState).toEqual({ state: 'unsaved', reason: 'IO error: 000003.log: No space left on device' });
    e.editor.actions.setName('Typed while the disk was full, and more');
    await e.editor.flush();
    set.mockRestore();
    await vi.waitFor(async () => {
      const read = await e.drafts.read();
      expect(read.kind === 'ok' && Object.values(read.drafts)[0]?.script.name).toBe('Typed while the disk was full, and more');
    });
    await vi.waitFor(() => expect(e.state().draftState).toEqual({ state: 'saved' }));
  });

  it('discarding a draft keeps the saved versions, and "Undo discard" brings the draft back', async () => {
    const e = setup();
    await e.core.actions.init();
    await e.editor.actions.init();
    await e.editor.actions.newScript();
    e.editor.actions.setName('Screen');
    e.editor.actions.setStepField(0, 'title', 'One');
    e.editor.actions.setStepField(0, 'say', 'Hello.');
    e.editor.actions.setItem(0, 'questions', 0, 'text', 'Why?');
    e.editor.actions.setItem(0, 'questions', 0, 'label', 'Why');
    expect(await e.editor.actions.save()).toBe(true);
    e.editor.actions.setStepField(0, 'title', 'Two');
    await e.editor.actions.discard();
    expect(e.state().open).toBeNull();
    expect(e.state().drafts).toEqual({});
    expect((await e.repository.scripts.readLibrary()).screen?.versions).toEqual([1]);
    await e.editor.actions.undoDiscard();
    expect(must(e.state().open).draft.steps[0]?.title).toBe('Two');
    await settle();
    expect(Object.keys(e.state().drafts)).toEqual(['screen']);
  });

  it('an unreadable drafts record is said, kept as it is, and never written over', async () => {
    await fakeBrowser.storage.local.set({ scriptDrafts: { schema: 1, drafts: { x: { nope: true } } } });
    const e = setup();
    await e.editor.actions.init();
    expect(e.state().draftsProblem).toMatch(/drafts/);
    await e.editor.actions.newScript();
    await e.editor.flush();
    expect(e.state().draftState.state).toBe('unsaved');
    expect((await fakeBrowser.storage.local.get('scriptDrafts')).scriptDrafts).toEqual({
      schema: 1,
      drafts: { x: { nope: true } },
    });
  });
});
