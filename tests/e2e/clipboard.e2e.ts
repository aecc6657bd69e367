/**
 * "Copy summary" puts the interview on the real clipboard as text/html and
 * text/plain: every answer in both, literal "- " bullets in the text, and
 * typed markup escaped in the HTML so pasting it into an ATS runs nothing.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
  // No origin: an extension origin is refused as opaque.
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

const probe = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const need = 'Technical growth — Wants to learn or improve';
const answers = {
  note: 'Took it well, asked about budgets',
  strengths: `Reads specs closely ${probe}`,
  learn: 'Kubernetes operators',
  obstacles: 'On-call load & meetings',
  growth: 'Pair programming worked best',
  people: 'Margaret, SRE lead',
  resources: 'Training budget of 2000 EUR',
  reaction: 'Relieved about the on-call rota',
};

test('the summary is copied as HTML and plain text, with markup escaped', async () => {
  const p = new Panel(await h.openPanel());
  await p.create('Mary Jackson', 'Aerospace engineer', 'https://ats.example/c/7');
  await p.explained().check();
  await p.differenceNote().fill(answers.note);
  await p.goTo(2);
  await p.arena('Technical growth').check();
  await p.goTo(3);
  await p.grid('Technical growth', 'strengths').fill(answers.strengths);
  await p.grid('Technical growth', 'learn').fill(answers.learn);
  await p.grid('Technical growth', 'obstacles').fill(answers.obstacles);
  await p.goTo(4);
  await p.preferred('Apprenticeship').check();
  await p.growthNotes().fill(answers.growth);
  await p.goTo(5);
  await p.showOffers(need);
  await p.offer(need, 'People').fill(answers.people);
  await p.offer(need, 'Resources').fill(answers.resources);
  await p.noOffer('Technical growth — Biggest obstacles').check();
  await p.reaction().fill(answers.reaction);

  await p.copySummary().click();
  await expect.poll(() => p.status().textContent()).toBe('Copied for Greenhouse');

  const copied = await p.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) throw new Error('the clipboard is empty');
    const html = await (await item.getType('text/html')).text();
    const text = await (await item.getType('text/plain')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return {
      html,
      text,
      htmlText: doc.body.textContent ?? '',
      scripts: doc.querySelectorAll('script, img, iframe, object, embed').length,
      handlers: [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
    };
  });

  const expected = [...Object.values(answers), 'Mary Jackson', 'Aerospace engineer', 'https://ats.example/c/7', 'Apprenticeship'];
  for (const answer of expected) {
    expect(copied.text).toContain(answer);
    expect(copied.htmlText).toContain(answer);
  }
  // Plain text: literal bullets, the probe as typed. HTML: the probe escaped, and inert once parsed.
  expect(copied.text).toMatch(/^- /m);
  expect(copied.text).toContain(`- Already good at: Reads specs closely ${probe}`);
  expect(copied.text).toContain('- Nothing we can honestly offer here');
  expect(copied.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  expect(copied.html).not.toContain('<script');
  expect(copied.scripts).toBe(0);
  expect(copied.handlers).toEqual([]);
  expect(h.errors).toEqual([]);
});
