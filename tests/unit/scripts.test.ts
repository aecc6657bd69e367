import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserStorage } from '../../lib/platform/storage';
import { reverseInterview, type Script } from '../../lib/script';
import { readScriptFile, SCRIPT_FILE_FORMAT, scriptFile, scriptFileName } from '../../lib/script/file';
import { planScriptImport, scriptChoices, withVersion } from '../../lib/script/library';
import { parseManagedScripts } from '../../lib/script/managed';
import { createRepository } from '../../lib/storage/repository';
import { createOptionsStore } from '../../lib/store/options';
import { createScriptsStore } from '../../lib/store/scripts';
import { implementGetKeys, must, settle } from './support';
import { type Json, mutate, mutation } from './support/mutate';
import { makePanel } from './support/panel';

/** The stored version fixture: a two-step behavioural screen. */
const screen = (
  JSON.parse(readFileSync(new URL('../fixtures/storage/script-v1.json', import.meta.url), 'utf8')) as { script: Script }
).script;
const v = (version: number, change: (s: Script) => void = () => undefined): Script => {
  const s = structuredClone({ ...screen, version });
  change(s);
  return s;
};

beforeEach(() => {
  fakeBrowser.reset();
  implementGetKeys();
});

describe('script files', () => {
  it('round trip: export then read gives the same script', () => {
    expect(readScriptFile(scriptFile(screen))).toEqual({ ok: true, script: screen });
    expect(readScriptFile(scriptFile(reverseInterview))).toEqual({ ok: true, script: reverseInterview });
    expect(scriptFileName(screen)).toBe('behavioural-screen-v2.json');
  });

  it('the minimal file of docs/scripts.md imports: questions steps, no guidance or checks, two questions each', () => {
    const text = readFileSync(new URL('../../docs/scripts.md', import.meta.url), 'utf8');
    const json = must(/```json\n([\s\S]*?)\n```/.exec(text)?.[1], 'the example in docs/scripts.md');
    const read = readScriptFile(json);
    expect(read.ok, JSON.stringify(read)).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ['not a script file', { format: 'reverse-interview-export', version: 1 }, /^format: expected one of/],
    ['a newer format', { format: SCRIPT_FILE_FORMAT, version: 2, script: {} }, /^version: written by a newer version/],
    [
      'wrong types',
      { format: SCRIPT_FILE_FORMAT, version: 1, script: { id: 7, name: [], version: 'x', steps: {} } },
      /^script\.id: /,
    ],
    [
      'an empty question',
      {
        format: SCRIPT_FILE_FORMAT,
        version: 1,
        script: v(1, (s) => {
          (s.steps[0] as { questions: { text: string }[] }).questions[1] = {
            ...(s.steps[0]?.questions[1] as object),
            text: ' ',
          } as never;
        }),
      },
      /^script\.steps\.0\.questions\.1\.text: /,
    ],
    [
      'an arena grid with no arena choice',
      {
        format: SCRIPT_FILE_FORMAT,
        version: 1,
        script: { ...reverseInterview, steps: reverseInterview.steps.filter((s) => s.kind !== 'arenaChoice') },
      },
      /an arena grid needs an arena choice before it/,
    ],
    [
      'a match step with nothing to match',
      {
        format: SCRIPT_FILE_FORMAT,
        version: 1,
        script: {
          ...reverseInterview,
          steps: reverseInterview.steps.filter((s) => s.kind === 'questions' || s.kind === 'match'),
        },
      },
      /nothing to match/,
    ],
  ])('refuses %s, saying where', (_name, file, reason) => {
    const read = readScriptFile(JSON.stringify(file));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toMatch(reason);
  });

  it('arbitrary text and JSON never throw; what reads is a valid script, what does not says where', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((a) => JSON.stringify(a) ?? ''),
        ),
        (text) => {
          const read = readScriptFile(text);
          if (!read.ok) for (const p of read.problems) expect(p).toMatch(/^(\(root\)|[a-z]\w*)(\.[^:]+)?: \S/);
        },
      ),
      { numRuns: 800 },
    );
  });

  it('damaged files (deleted keys, wrong types, __proto__, huge numbers, deep nesting) never throw or pollute', () => {
    const base = JSON.parse(scriptFile(screen)) as Json;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const damaged = structuredClone(base);
        for (const m of mutations) mutate(damaged, m);
        const read = readScriptFile(JSON.stringify(damaged));
        if (read.ok) expect(JSON.stringify(read.script)).not.toContain('__proto__');
        expect('polluted' in {}).toBe(false);
      }),
      { numRuns: 800 },
    );
  });
});

describe('the scripts library', () => {
  it('lists the built-in first, then own scripts by name, leaving out deleted ones', () => {
    const library = {
      b: { name: 'Zeta', versions: [1, 3] },
      a: { name: 'Alpha', versions: [2] },
      c: { name: 'Gone', versions: [1], deleted: true },
    };
    expect(scriptChoices(library, [reverseInterview]).map((c) => `${c.id}@${c.version}:${c.source}`)).toEqual([
      'reverse-interview@2:built-in',
      'a@2:own',
      'b@3:own',
    ]);
  });

  it('plans an import: new, newer version, same or older refused, built-in id refused', () => {
    const library = withVersion({}, v(2));
    expect(planScriptImport(v(1), {}, [reverseInterview])).toMatchObject({ ok: true, action: 'add' });
    expect(planScriptImport(v(3), library, [reverseInterview])).toMatchObject({ ok: true, action: 'version' });
    expect(planScriptImport(v(2), library, [reverseInterview])).toMatchObject({
      ok: false,
      says: expect.stringMatching(/already here/),
    });
    expect(planScriptImport(v(1), library, [reverseInterview])).toMatchObject({
      ok: false,
      says: expect.stringMatching(/older/),
    });
    expect(planScriptImport(reverseInterview, library, [reverseInterview])).toMatchObject({
      ok: false,
      says: expect.stringMatching(/built-in/),
    });
    expect(
      withVersion(
        withVersion(
          library,
          v(3, (s) => {
            s.name = 'Renamed';
          }),
        ),
        v(1),
      ),
    ).toEqual({
      'behavioural-screen': { name: 'Renamed', versions: [1, 2, 3] },
    });
  });
});

describe('scripts in storage', () => {
  it('a version is written once: the same content again is fine, other content under its number is refused', async () => {
    const repo = createRepository(browserStorage());
    await repo.scripts.addVersion(v(1));
    await repo.scripts.addVersion(v(1));
    await expect(
      repo.scripts.addVersion(
        v(1, (s) => {
          s.name = 'Changed';
        }),
      ),
    ).rejects.toThrow(/already stored with other content/);
    expect(await repo.scripts.resolve('behavioural-screen', 1)).toEqual(v(1));
    expect(await repo.scripts.readLibrary()).toEqual({ 'behavioural-screen': { name: 'Behavioural screen', versions: [1] } });
  });

  it('resolves the built-in from the code, a stored version by its number, and an unknown script to null', async () => {
    const repo = createRepository(browserStorage());
    expect(await repo.scripts.resolve('reverse-interview', undefined)).toBe(reverseInterview);
    expect(await repo.scripts.resolve('reverse-interview', reverseInterview.version)).toBe(reverseInterview);
    // A built-in version this build no longer ships: read from storage, where starting an interview kept it.
    const older = { ...reverseInterview, version: 1, name: 'Reverse Interview (older wording)' };
    expect(await repo.scripts.resolve('reverse-interview', 1)).toBeNull();
    await createRepository(browserStorage(), { builtIns: [older] }).scripts.keep(older);
    expect(await repo.scripts.resolve('reverse-interview', 1)).toEqual(older);
    expect(await repo.scripts.resolve('nobody', 3)).toBeNull();
  });

  it('an unreadable stored version is logged and kept, and the interview pinned to it is not available', async () => {
    await fakeBrowser.storage.local.set({ 'script:behavioural-screen@1': { schema: 1, script: { id: 'behavioural-screen' } } });
    const repo = createRepository(browserStorage());
    expect(await repo.scripts.resolve('behavioural-screen', 1)).toBeNull();
    await repo.settled();
    expect((await repo.readQuarantine()).items.map((q) => q.key)).toEqual(['script:behavioural-screen@1']);
    await expect(repo.scripts.addVersion(v(1))).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get('script:behavioural-screen@1'))['script:behavioural-screen@1']).toEqual({
      schema: 1,
      script: { id: 'behavioural-screen' },
    });
  });
});

describe('starting and opening interviews with scripts', () => {
  it('starts with the chosen script, pinned to its version, and reopens with that version after a newer one is added', async () => {
    await createRepository(browserStorage()).scripts.addVersion(v(1));
    const panel = makePanel();
    await panel.actions.init();
    expect(
      await panel.actions.start({ candidate: 'Ada', role: '', atsLink: '', script: { id: 'behavioural-screen', version: 1 } }),
    ).toBe(panel.state().openId);
    expect(panel.state().interview).toMatchObject({ scriptId: 'behavioural-screen', scriptVersion: 1 });
    expect(panel.state().script).toEqual(v(1));
    await createRepository(browserStorage()).scripts.addVersion(
      v(2, (s) => {
        s.steps = s.steps.slice(0, 1);
      }),
    );
    panel.actions.showList();
    await panel.actions.open(must(panel.state().openId ?? 'interview-1'));
    expect(panel.state().script?.version).toBe(1);
    expect(panel.state().script?.steps).toHaveLength(2);
  });

  it('the default chosen in options is what a new interview starts with; a script that cannot be read starts nothing and says so', async () => {
    await createRepository(browserStorage()).scripts.addVersion(v(1));
    const panel = makePanel();
    await panel.actions.init();
    panel.store.setState({ settings: { ...panel.state().settings, defaultScript: 'behavioural-screen' } });
    await panel.actions.loadScriptChoices();
    await panel.actions.start({ candidate: 'Ada', role: '', atsLink: '' });
    expect(panel.state().interview?.scriptId).toBe('behavioural-screen');

    panel.actions.showList();
    expect(
      await panel.actions.start({ candidate: 'Bo', role: '', atsLink: '', script: { id: 'behavioural-screen', version: 9 } }),
    ).toBeNull();
    expect(panel.state().status?.text).toMatch(/could not be read, so no interview was started/);
    expect(panel.state().screen).toBe('list');
  });

  it('another window’s save that lands while an interview is being opened is merged into what opens', async () => {
    const a = makePanel({ writerId: 'panel-a' });
    await a.actions.init();
    await a.actions.start({ candidate: 'Ada', role: '', atsLink: '' });
    await settle();
    const b = makePanel({ writerId: 'panel-b', start: Date.now() });
    await b.actions.init();
    const opening = b.actions.open(must(a.state().openId));
    a.actions.setAnswer('answer:difference:note', 'typed in A while B was opening');
    a.actions.flush();
    await opening;
    await settle();
    expect(b.state().interview?.fields['answer:difference:note']?.v).toBe('typed in A while B was opening');
  });
});

describe('exports carry the scripts their interviews ran', () => {
  it('an interview started with an own script, exported and imported into an empty browser, opens with that version', async () => {
    await createRepository(browserStorage()).scripts.addVersion(v(1));
    const panel = makePanel();
    await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada', role: '', atsLink: '', script: { id: 'behavioural-screen', version: 1 } });
    panel.actions.setAnswer('answer:past-work:project', 'A compiler');
    panel.actions.flush();
    await settle();
    const file = must(await createRepository(browserStorage()).exportAll(Date.UTC(2026, 11, 6)));
    expect(JSON.parse(file.json).scripts).toEqual([v(1)]);

    fakeBrowser.reset();
    const options = createOptionsStore(createRepository(browserStorage()));
    await options.actions.init();
    await options.actions.chooseImport('ada.json', file.json);
    await options.actions.confirmImport();
    expect(options.store.getState().message?.text).toMatch(/1 added.*1 script version kept with them/);
    const reader = makePanel({ writerId: 'panel-b' });
    await reader.actions.init();
    await reader.actions.open(must(panel.state().openId));
    expect(reader.state().script).toEqual(v(1));
    expect(reader.state().interview?.fields['answer:past-work:project']?.v).toBe('A compiler');
  });
});

describe("the organisation's scripts (managed storage `scripts`)", () => {
  const managed = (raw: unknown) => ({ read: async () => ({ kind: 'ok' as const, raw }), watch: () => () => undefined });

  it('reads script files or bare scripts; each invalid entry is named and left out, the rest offered', () => {
    const read = parseManagedScripts(
      [
        JSON.parse(scriptFile(v(1))),
        { ...v(1), id: 'sales-screen', name: 'Sales screen' },
        { id: 'broken' },
        { ...v(1), id: 'reverse-interview' },
        v(3),
        'not a script',
      ],
      [reverseInterview],
    );
    expect(read.scripts.map((s) => `${s.id}@${s.version}`)).toEqual(['behavioural-screen@1', 'sales-screen@1']);
    expect(read.problems).toEqual([
      expect.stringMatching(/^scripts\.2: name: /),
      "scripts.3: “reverse-interview” is a built-in script's id",
      'scripts.4: “behavioural-screen” appears earlier in the list',
      expect.stringMatching(/^scripts\.5: \(root\): expected object/),
    ]);
    expect(parseManagedScripts({ not: 'a list' }, [])).toEqual({
      scripts: [],
      problems: ['scripts: expected a list of scripts'],
    });
    expect(parseManagedScripts(undefined, [])).toEqual({ scripts: [], problems: [] });
  });

  it('"Script" offers them after the built-in; an interview started with one is pinned and kept, so it opens after the policy drops it', async () => {
    const org = { ...v(1), id: 'sales-screen', name: 'Sales screen' };
    const panel = makePanel({ managedScripts: managed([org]) });
    await panel.actions.init();
    await panel.actions.loadScriptChoices();
    expect(panel.state().scriptChoices.map((c) => `${c.id}:${c.source}`)).toEqual([
      'reverse-interview:built-in',
      'sales-screen:organisation',
    ]);
    const id = must(
      await panel.actions.start({ candidate: 'Ada', role: '', atsLink: '', script: { id: 'sales-screen', version: 1 } }),
    );
    await settle();
    const later = makePanel({ writerId: 'panel-b', managedScripts: managed([]) });
    await later.actions.init();
    await later.actions.open(id);
    expect(later.state().script).toEqual(org);
    expect(await createRepository(browserStorage()).scripts.readLibrary()).toEqual({});
  });

  it('the options page lists them read-only, names the entries left out, and refuses an import over one', async () => {
    const org = { ...v(1), id: 'sales-screen', name: 'Sales screen' };
    const store = createScriptsStore({
      scripts: createRepository(browserStorage()).scripts,
      builtIns: [reverseInterview],
      managed: managed([org, { id: 'x' }]),
    });
    await store.actions.init();
    expect(store.store.getState().choices.map((c) => c.source)).toEqual(['built-in', 'organisation']);
    expect(store.store.getState().organisationProblems).toEqual([expect.stringMatching(/^scripts\.1: /)]);
    await store.actions.chooseImport('sales.json', scriptFile({ ...org, version: 2 }));
    expect(store.store.getState().pending).toMatchObject({
      plan: { ok: false, says: expect.stringMatching(/organisation's script/) },
    });
  });
});

describe('deleting a script of your own', () => {
  it('hides it from the library and "Script", keeps its versions for the interviews that ran it, and Undo brings it back', async () => {
    await createRepository(browserStorage()).scripts.addVersion(v(1));
    const panel = makePanel();
    await panel.actions.init();
    const id = must(
      await panel.actions.start({ candidate: 'Ada', role: '', atsLink: '', script: { id: 'behavioural-screen', version: 1 } }),
    );
    await settle();
    const store = createScriptsStore({ scripts: createRepository(browserStorage()).scripts, builtIns: [reverseInterview] });
    await store.actions.init();
    const own = must(store.store.getState().choices.find((c) => c.source === 'own'));
    await store.actions.deleteScript(own);
    expect(store.store.getState().choices.map((c) => c.id)).toEqual(['reverse-interview']);
    expect(store.store.getState().message?.text).toBe('Deleted “Behavioural screen”. Interviews that ran it keep it.');
    await panel.actions.loadScriptChoices();
    expect(panel.state().scriptChoices.map((c) => c.id)).toEqual(['reverse-interview']);
    panel.actions.showList();
    await panel.actions.open(id);
    expect(panel.state().script).toEqual(v(1));

    await store.actions.undoDelete();
    expect(store.store.getState().choices.map((c) => c.id)).toEqual(['reverse-interview', 'behavioural-screen']);
    // Built-in and organisation scripts cannot be deleted here.
    await store.actions.deleteScript(must(store.store.getState().choices[0]));
    expect(store.store.getState().choices).toHaveLength(2);
  });
});
