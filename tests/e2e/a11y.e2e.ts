/**
 * Accessibility audit (issue 19, item 7): axe-core over every screen of the
 * built extension — the list, the new interview form, each step of a
 * realistic interview, the summary preview, the message for the candidate, the keyboard help, the call
 * banner, "Call ended", the options page with a catalogue and Insights, plus the states
 * that bring colours of their own (marks, search matches, a rejected
 * suggestion, over budget, errors, dialogs) — in light and dark at 360 and
 * 320 px. Zero serious or critical violations; every finding is printed when
 * it fails. One browser and one REAL side panel (the call screens need it)
 * walk the screens in turn.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { keys, setFields } from '../../lib/interview';
import { auditScreen, type Finding, failing, report } from './axe';
import { type CallSites, startCallSites } from './call-sites';
import { type Harness, launch } from './harness';
import { seedInsights } from './insights-data';
import { CallParts } from './pages/call';
import { CandidateMessage } from './pages/candidate';
import { CatalogueOptions, Suggestions } from './pages/catalogue';
import { Insights } from './pages/insights';
import { Options } from './pages/options';
import { Pacing } from './pages/pacing';
import { Panel } from './pages/panel';
import { openCallTab, openRealPanel, type RealPanel } from './real-panel';
import { CANDIDATE, realisticInterview, seedRealistic } from './realistic';

let sites: CallSites;
let h: Harness | undefined;
let real: RealPanel | undefined;
beforeEach(async () => {
  sites = await startCallSites();
  h = await launch({ args: ['--remote-debugging-port=0', ...sites.args] });
});
afterEach(async ({ task }) => {
  await real?.cdp.close();
  real = undefined;
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  h = undefined;
  await sites.close();
});

const LEAD = 'Leadership growth — Wants to learn or improve';
const MODE = 'Grows best through mentoring';
const OBSTACLES = 'Technical growth — Biggest obstacles';

test('no serious or critical axe violations on any screen, light and dark, at 360 and 320 px', async () => {
  const harness = h as Harness;
  // The realistic interview, with an hour already spent on step 5 (its budget is 8 min): the pacing bar is over budget.
  const seeded = realisticInterview();
  await seedRealistic(harness, setFields(seeded, { [keys.time('match')]: String(60 * 60_000) }, seeded.createdAt + 1));
  const findings: Finding[] = [];
  const audit = async (page: RealPanel['panel'], screen: string, height?: number) => {
    findings.push(...(await auditScreen(page, screen, height)));
  };

  real = await openRealPanel(harness);
  const { panel, opener } = real;
  const p = new Panel(panel);
  const c = new CallParts(panel);
  const k = new Pacing(panel);
  const s = new Suggestions(panel);

  // The options page, with the example catalogue the seed brought, and its erase confirmation.
  const catalogue = new CatalogueOptions(opener);
  await catalogue.offering('Yearly learning budget').waitFor();
  await audit(opener, 'options with a catalogue', 800);
  await catalogue.addOffering().click();
  const newOffering = catalogue.section().getByRole('form', { name: 'New offering', exact: true });
  await newOffering.waitFor();
  await audit(opener, 'options, new offering form', 800);
  await newOffering.getByRole('button', { name: 'Cancel', exact: true }).click();
  const options = new Options(opener);
  await options.eraseAll().click();
  await options.eraseDialog().waitFor();
  await audit(opener, 'options, erase confirmation', 800);
  await options.cancelErase().click();
  // The script editor (issue 18): a copy of the Reverse Interview with one problem showing on its field.
  await opener
    .getByRole('listitem', { name: 'Reverse Interview' })
    .getByRole('button', { name: 'Make a copy', exact: true })
    .click();
  const editor = opener.getByRole('region', { name: /^Editing “/ });
  await editor
    .getByRole('region', { name: /^Step 3:/ })
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('');
  await editor.getByRole('button', { name: 'Step 3: the title is empty.', exact: true }).waitFor();
  await audit(opener, 'options, script editor with a problem', 800);
  await editor.getByRole('button', { name: 'Discard draft', exact: true }).click();

  await p.listHeading().waitFor();
  await p.interviewItem(CANDIDATE).waitFor();
  await audit(panel, 'interview list');
  await panel.getByRole('button', { name: `Actions for ${CANDIDATE}`, exact: true }).click();
  await panel.getByRole('group', { name: `Actions for ${CANDIDATE}`, exact: true }).waitFor();
  await audit(panel, 'interview list, actions open');
  await panel.keyboard.press('Escape');
  await panel.getByRole('searchbox', { name: 'Search interviews', exact: true }).fill('distributed');
  await panel.locator('.list-snippet mark').first().waitFor();
  await audit(panel, 'interview list, search matches');
  await panel.getByRole('searchbox', { name: 'Search interviews', exact: true }).fill('');

  await p.newInterview().click();
  await p.startInterview().click();
  await panel.getByText("Enter the candidate's name.", { exact: true }).waitFor();
  await audit(panel, 'new interview form, name missing');
  await p.candidateName().fill('Ada Lovelace');
  await p.role().fill('Staff Engineer');
  await audit(panel, 'new interview form');
  await panel.getByRole('button', { name: 'Cancel', exact: true }).click();

  // The realistic interview: steps 2 to 5 answered by the seed, step 1 here.
  await p.interviewItem(CANDIDATE).click();
  await p.goTo(1);
  await p.explained().check();
  await p.differenceNote().fill('Surprised, then keen: nobody had asked that in an interview.');
  await audit(panel, 'step 1');
  await p.goTo(2);
  await audit(panel, 'step 2 (four arenas, the limit)');
  await p.goTo(3);
  await audit(panel, 'step 3');
  const markOf = (question: string) => panel.getByRole('group', { name: `Mark the answer to ${question}`, exact: true });
  await markOf('Technical growth: What would you like to learn or get better at in this area?')
    .getByRole('button', { name: 'Quote', exact: true })
    .click();
  await markOf('Technical growth: What gets most in the way of growing in this area?')
    .getByRole('button', { name: 'Follow up', exact: true })
    .click();
  await audit(panel, 'step 3, answers marked');
  await p.goTo(4);
  await audit(panel, 'step 4');
  await p.goTo(5);
  await k.overCue().waitFor();
  await audit(panel, 'step 5, over budget');
  // Step 5 with its folded needs listed, one brought back, a suggestion rejected and one accepted, offer boxes shown.
  await p.foldedNeeds().click();
  await p.discussButton(OBSTACLES).waitFor();
  await audit(panel, 'step 5, folded needs listed');
  await p.discuss(OBSTACLES);
  await s.reject(LEAD, 'Tech lead track').click();
  await p
    .need(MODE)
    .getByRole('button', { name: /^Accept / })
    .first()
    .click();
  await p.showOffers(LEAD);
  await p.offer(LEAD, 'People').fill('Staff engineer guild, monthly design reviews');
  await audit(panel, 'step 5, suggestions decided, offer boxes open');

  // The message for the candidate (issue 20): its preview, with the obstacles ticked in, from step 5.
  const message = new CandidateMessage(panel);
  await message.open().click();
  await message.preview().waitFor();
  await audit(panel, 'message for the candidate');
  await message.obstacles().check();
  await audit(panel, 'message for the candidate, obstacles ticked in');
  await message.close().click();

  // The summary preview, in a rich-text and a plain-text format.
  await panel.getByRole('button', { name: 'Preview summary', exact: true }).click();
  const format = panel.getByRole('combobox', { name: 'Format for this copy', exact: true });
  await format.waitFor();
  await audit(panel, 'summary preview (Greenhouse)');
  await format.selectOption({ label: 'Lever' });
  await audit(panel, 'summary preview (Lever)');
  await panel.getByRole('button', { name: 'Preview summary', exact: true }).click();

  // The pacing bar with its timer running (it was paused after the hour seeded).
  await k.resumeTimer().click();
  await k.pauseTimer().waitFor();
  await audit(panel, 'step 5, timer running');
  await k.pauseTimer().click();

  await panel.getByRole('heading', { level: 1 }).focus();
  await panel.keyboard.press('?');
  await k.help().waitFor();
  await audit(panel, 'keyboard shortcuts help');
  await panel.keyboard.press('Escape');

  // Both copy routes refused (as a browser policy might): the manual-copy dialog.
  await panel.evaluate(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    document.execCommand = () => false;
  });
  await p.copySummary().click();
  await panel.getByRole('dialog').waitFor();
  await audit(panel, 'manual copy dialog');
  await panel.keyboard.press('Escape');

  // Beside a call: the banner on the list, the form with "Link to this call", then "Call ended".
  await p.backToList().click();
  const call = await openCallTab(harness, opener, 'https://meet.google.com/abc-defg-hij');
  await c.nextTo('Google Meet abc-defg-hij').waitFor();
  await audit(panel, 'call banner on the list');
  await c.startForCall().click();
  await p.candidateName().fill('Katherine Johnson');
  await p.role().fill('Flight engineer');
  await audit(panel, 'new interview form beside a call');
  await p.startInterview().click();
  await p.differenceNote().fill('Liked hearing it was about her growth.');
  await p.backToList().click();
  await c.resumeWith('Katherine Johnson').waitFor();
  await audit(panel, 'call banner with a linked interview');
  await c.resumeWith('Katherine Johnson').click();
  await p.differenceNote().waitFor();
  await call.close();
  await c.callEnded().waitFor();
  await c.preview().waitFor();
  await audit(panel, 'call ended');
  // From "Call ended", with only step 1 captured: the message says there is nothing to tell them yet.
  await message.open().click();
  await message.preview().waitFor();
  await audit(panel, 'message for the candidate from "Call ended", nothing captured');
  await message.close().click();

  // Insights, with the 30 interviews of its own test (one unreadable) beside the ones above: charts, tables, the notice.
  await seedInsights(harness);
  const options2 = await harness.context.newPage();
  await options2.goto(harness.url('options.html'));
  const insights = new Insights(options2);
  await insights.table('Arenas chosen').waitFor();
  await insights.heading().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await audit(options2, 'options, Insights (30 interviews, one unreadable)', 800);

  const failed = findings.filter((f) => failing.has(f.impact));
  if (findings.length > 0) console.log(`axe findings (${failed.length} serious or critical):\n${report(findings)}`);
  expect(failed, report(failed)).toEqual([]);
  expect(harness.errors).toEqual([]);
});
