/**
 * Scripts that are the interviewer's own (issue 18): a script file imported
 * in options runs in the panel from "Script", each interview pinned to the
 * version it started with; hostile files change nothing and say why.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Panel } from './pages/panel';
import { clearClipboard, readClipboard } from './pages/summary';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const POLL = { timeout: 15_000 };

/** The minimal file the issue names: two `questions` steps, no guidance or checks, two questions each. */
function screen(version: number, questions: { project: string; hardest?: string }) {
  const first = [
    { id: 'project', text: questions.project, label: 'Project' },
    ...(questions.hardest ? [{ id: 'hardest', text: questions.hardest, label: 'Hardest moment' }] : []),
  ];
  return {
    format: 'reverse-interview-script',
    version: 1,
    script: {
      id: 'behavioural-screen',
      name: 'Behavioural screen',
      version,
      steps: [
        {
          id: 'past-work',
          kind: 'questions',
          title: 'Past work',
          say: 'Tell me about a project.',
          guidance: [],
          checks: [],
          questions: first,
        },
        {
          id: 'conflict',
          kind: 'questions',
          title: 'Conflict',
          say: 'Tell me about a disagreement.',
          guidance: [],
          checks: [],
          questions: [
            { id: 'situation', text: 'What was it about?', label: 'Situation' },
            { id: 'outcome', text: 'How did it end?', label: 'Outcome' },
          ],
        },
      ],
    },
  };
}

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('options.html'));
  await page.getByRole('heading', { name: 'Scripts', exact: true }).waitFor();
  return page;
}

const importInput = (page: Page) => page.getByLabel('Import a script file', { exact: true });
const scriptsStatus = (page: Page) => page.getByRole('region', { name: 'Scripts', exact: true }).locator('[aria-live]');

async function importScript(page: Page, file: unknown, name = 'screen.json'): Promise<void> {
  await importInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Import script', exact: true }).click();
  await expect.poll(() => scriptsStatus(page).textContent(), POLL).toMatch(/^Imported/);
}

async function start(p: Panel, candidate: string, script: string): Promise<void> {
  await p.newInterview().click();
  await p.candidateName().fill(candidate);
  await p.page.getByRole('combobox', { name: 'Script', exact: true }).selectOption({ label: script });
  await p.startInterview().click();
  await p.steps().waitFor();
}

async function copy(p: Panel): Promise<string> {
  // The options page is another tab: the Clipboard API writes from the focused page only.
  await p.page.bringToFront();
  await clearClipboard(p.page);
  await p.copySummary().click();
  await expect.poll(() => p.page.evaluate(() => navigator.clipboard.readText()), POLL).not.toBe('(empty)');
  return (await readClipboard(p.page)).text;
}

test('an imported script runs from "Script", and each interview keeps the version it started with', async () => {
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const options = await openOptions();
  await importScript(options, screen(1, { project: 'What was the project?', hardest: 'What was the hardest moment?' }));
  await options.getByRole('list', { name: 'Scripts' }).getByText('Behavioural screen', { exact: true }).waitFor();

  const p = new Panel(await h.openPanel());
  await start(p, 'Grace Hopper', 'Behavioural screen');
  // The script's name in the interview header.
  await p.page.getByText('Behavioural screen', { exact: true }).first().waitFor();
  await p.page.getByRole('textbox', { name: 'What was the project?', exact: true }).fill('A compiler for business programs');
  await p.page.getByRole('textbox', { name: 'What was the hardest moment?', exact: true }).fill('Convincing management');
  const first = await copy(p);
  expect(first).toMatch(/^Behavioural screen/);
  expect(first).toContain('Project: A compiler for business programs');
  expect(first).toContain('Hardest moment: Convincing management');

  // Version 2: the first question reworded, the second removed.
  await importScript(options, screen(2, { project: 'Which project are you proudest of?' }), 'screen-v2.json');

  await p.backToList().click();
  await p.interviewItem('Grace Hopper').click();
  await p.page.getByRole('textbox', { name: 'What was the hardest moment?', exact: true }).waitFor();
  expect(await p.page.getByRole('textbox', { name: 'What was the project?', exact: true }).inputValue()).toBe(
    'A compiler for business programs',
  );
  expect(await copy(p)).toBe(first);

  await p.backToList().click();
  await start(p, 'Katherine Johnson', 'Behavioural screen');
  await p.page.getByRole('textbox', { name: 'Which project are you proudest of?', exact: true }).waitFor();
  expect(await p.page.getByRole('textbox', { name: 'What was the hardest moment?', exact: true }).count()).toBe(0);

  // The new interview is on screen before its record is written (a save waits a frame).
  const pinned = async () =>
    Object.values(await h.storage.read())
      .filter(
        (v): v is { scriptId: string; scriptVersion: number } => typeof v === 'object' && v !== null && 'scriptVersion' in v,
      )
      .map((v) => `${v.scriptId}@${v.scriptVersion}`)
      .sort();
  await expect.poll(pinned).toEqual(['behavioural-screen@1', 'behavioural-screen@2']);
  expect(h.errors).toEqual([]);
});

test('hostile script files change nothing and say why, with the path of each problem', async () => {
  const options = await openOptions();
  const before = JSON.stringify(await h.storage.read());
  const huge = screen(1, { project: 'x'.repeat(10 * 1024 * 1024) });
  const proto = JSON.stringify(screen(1, { project: 'What?' })).replace('"script":{', '"script":{"__proto__":{"polluted":true},');
  const manySteps = screen(1, { project: 'What?' });
  manySteps.script.steps = Array.from({ length: 500 }, (_, i) => ({
    ...(manySteps.script.steps[0] as object),
    id: `s${i}`,
  })) as never;
  const wrongTypes = { format: 'reverse-interview-script', version: 1, script: { id: 7, name: [], version: 'one', steps: {} } };
  const cases: [string, string | Buffer, RegExp][] = [
    ['wrong-types.json', JSON.stringify(wrongTypes), /script\.id: expected string/],
    ['huge.json', Buffer.from(JSON.stringify(huge)), /larger than 512 kB/],
    ['many-steps.json', JSON.stringify(manySteps), /script\.steps: too big \(maximum 30\)/],
    ['not-json.json', '{"format": "reverse-interview-script",', /not valid JSON/],
    [
      'built-in.json',
      JSON.stringify({
        ...screen(1, { project: 'What?' }),
        script: { ...screen(1, { project: 'What?' }).script, id: 'reverse-interview' },
      }),
      /built-in script/,
    ],
  ];
  for (const [name, content, why] of cases) {
    await importInput(options).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const notice = options.getByRole('region', { name: /cannot be imported|What the script import will do/ });
    await expect.poll(() => notice.textContent(), POLL).toMatch(why);
    expect(await options.getByRole('button', { name: 'Import script', exact: true }).count(), name).toBe(0);
    expect(await options.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  }
  expect(JSON.stringify(await h.storage.read())).toBe(before);

  // A `__proto__` key is only an unknown key: the script imports without it, and nothing is polluted.
  await importInput(options).setInputFiles({ name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(proto) });
  await options.getByRole('button', { name: 'Import script', exact: true }).click();
  await expect.poll(() => scriptsStatus(options).textContent(), POLL).toMatch(/^Imported/);
  const stored = JSON.stringify(await h.storage.read());
  expect(stored).toContain('"behavioural-screen@1"'.replace('"behavioural', '"script:behavioural'));
  expect(stored).not.toContain('polluted');
  expect(await options.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  expect(h.errors).toEqual([]);
});

test('questions pasted from an interview kit become a script of your own that runs in the panel', async () => {
  const options = await openOptions();
  const kit = readFileSync(new URL('../fixtures/kits/greenhouse.txt', import.meta.url), 'utf8');
  await options.getByRole('textbox', { name: 'Paste interview questions', exact: true }).fill(kit);
  const preview = options.getByRole('region', { name: 'The script the pasted questions make', exact: true });
  await expect.poll(() => preview.textContent(), POLL).toMatch(/2 steps, 4 questions; 11 lines of the page left out/);
  await options.getByRole('textbox', { name: 'Script name', exact: true }).fill('Backend behavioural');
  await options.getByRole('button', { name: 'Save as script', exact: true }).click();
  await expect.poll(() => scriptsStatus(options).textContent(), POLL).toMatch(/^Saved “Backend behavioural”: 2 steps/);

  const p = new Panel(await h.openPanel());
  await start(p, 'Barbara Liskov', 'Backend behavioural');
  await p.page.getByRole('heading', { name: /Collaboration/ }).waitFor();
  await p.page
    .getByRole('textbox', { name: 'How did you resolve it?', exact: true })
    .fill('We wrote both designs down and measured.');
  await expect
    .poll(async () => JSON.stringify(await h.storage.read()), POLL)
    .toContain('We wrote both designs down and measured.');
  expect(h.errors).toEqual([]);
});

test('the organisation\'s scripts (managed storage, stubbed) are listed read-only, bad entries named, and run from "Script"', async () => {
  const policy = [
    screen(1, { project: 'What did you ship last quarter?', hardest: 'What slowed it down?' }),
    { script: { id: 'x' } },
  ];
  await h.context.addInitScript((scripts) => {
    const api = (globalThis as unknown as { chrome?: { storage?: { managed?: { get: unknown } } } }).chrome;
    if (api?.storage?.managed) api.storage.managed.get = async () => ({ scripts });
  }, policy);
  const options = await openOptions();
  const item = options.getByRole('listitem', { name: 'Behavioural screen', exact: true });
  await expect.poll(() => item.textContent(), POLL).toContain('From your organisation, read-only, version 1');
  expect(await options.getByRole('region', { name: 'Scripts', exact: true }).textContent()).toMatch(
    /Some scripts from your organisation could not be used and are left out:\s*scripts\.1: /,
  );

  const p = new Panel(await h.openPanel());
  await start(p, 'Frances Allen', 'Behavioural screen');
  await p.page.getByRole('textbox', { name: 'What did you ship last quarter?', exact: true }).fill('A new optimiser');
  await expect.poll(async () => Object.keys(await h.storage.read()), POLL).toContain('script:behavioural-screen@1');
  expect(h.errors).toEqual([]);
});

test('a script of your own can be deleted and brought back; the interviews that ran it keep it', async () => {
  const options = await openOptions();
  await importScript(options, screen(1, { project: 'What was the project?', hardest: 'What was the hardest moment?' }));
  const p = new Panel(await h.openPanel());
  await start(p, 'Hedy Lamarr', 'Behavioural screen');
  await p.page.getByRole('textbox', { name: 'What was the project?', exact: true }).fill('Frequency hopping');
  await expect.poll(async () => JSON.stringify(await h.storage.read()), POLL).toContain('Frequency hopping');

  await options.bringToFront();
  const item = options.getByRole('listitem', { name: 'Behavioural screen', exact: true });
  await item.getByRole('button', { name: 'Delete script', exact: true }).focus();
  await options.keyboard.press('Enter');
  await expect.poll(() => item.count(), POLL).toBe(0);
  // Focus is handed to "Undo delete", not dropped to the top of the page.
  await expect.poll(() => options.evaluate(() => document.activeElement?.textContent ?? ''), POLL).toBe('Undo delete');

  await p.page.bringToFront();
  await p.backToList().click();
  await p.newInterview().click();
  const script = p.page.getByRole('combobox', { name: 'Script', exact: true });
  await expect.poll(async () => (await script.locator('option').allTextContents()).join('|'), POLL).toBe('Reverse Interview');
  await p.page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await p.interviewItem('Hedy Lamarr').click();
  expect(await p.page.getByRole('textbox', { name: 'What was the project?', exact: true }).inputValue()).toBe(
    'Frequency hopping',
  );

  await options.bringToFront();
  await options.keyboard.press('Enter');
  await item.waitFor();
  expect(h.errors).toEqual([]);
});
