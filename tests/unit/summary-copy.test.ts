import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RichText } from '../../lib/clipboard';
import { defaultScript } from '../../lib/script';
import { registry } from '../../lib/storage/registry';
import { defaultProfileId, renderCopy } from '../../lib/store/summary-copy';
import { PROFILE_IDS, type ProfileId, profileOf } from '../../lib/summary';
import { implementGetKeys, must, settle } from './support';
import { makePanel, type PanelOptions } from './support/panel';
import { keys } from './support/ri';

const NOTE = keys.answer('difference', 'note');
const LEARN = keys.grid('technical', 'learn');
const form = { candidate: 'Ada Lovelace', role: 'Staff engineer', atsLink: '' };

/** A panel whose clock moves a minute per reading, with what it copied and the copy state at hand. */
function copyPanel(overrides: PanelOptions = {}) {
  const panel = makePanel({ tick: 60_000, ...overrides });
  const copied = (n = 0) => must(panel.copy.mock.calls[n], `copy call ${n}`)[0] as RichText;
  return { ...panel, copied, copyState: () => panel.summary.store.getState() };
}

async function started(overrides: PanelOptions = {}) {
  const panel = copyPanel(overrides);
  await panel.actions.init();
  await panel.actions.start(form);
  panel.actions.setAnswer(NOTE, 'Took it well');
  panel.actions.chooseArena('arenas', 'technical', true);
  panel.actions.setAnswer(LEARN, 'Kubernetes operators');
  return panel;
}

describe('copying the summary', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it.each(PROFILE_IDS)('copies exactly what the preview shows, for %s', async (id) => {
    const panel = await started();
    panel.summary.actions.setOverride(id);
    const preview = must(panel.summary.actions.rendered());
    await panel.actions.copySummary();
    expect(panel.copied()).toEqual(preview.content);
    expect(preview.profile.id).toBe(id);
    // And the preview is the profile's own renderer, not a look-alike.
    const { interview, settings } = panel.state();
    expect(preview).toEqual(renderCopy(must(interview), defaultScript, settings, id));
  });

  it('uses the format chosen in options, then the one chosen for this copy, then the options one again', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...registry.settings.fallback, profile: 'lever' } });
    const panel = await started();
    await panel.actions.copySummary();
    expect(panel.copied(0).html).not.toContain('<ul>');
    expect(panel.copied(0).text).toContain('- Wants to learn or improve: Kubernetes operators');
    panel.summary.actions.setOverride('ashby');
    await panel.actions.copySummary();
    expect(panel.copied(1).html).toContain('<ul>');
    expect(panel.copied(1).html).not.toContain('<p>');
    expect(panel.state().status?.text).toBe('Copied for Ashby');
    // The choice was for that copy (issue 21): the next one, by button or Alt+Shift+C, is the default again.
    expect(panel.copyState().override).toBeNull();
    await panel.actions.copySummary();
    expect(panel.copied(2)).toEqual(panel.copied(0));
    expect(panel.state().status?.text).toBe('Copied for Lever');
  });

  it('closing the preview drops a format chosen in it', () => {
    return started().then((panel) => {
      panel.summary.actions.togglePreview();
      panel.summary.actions.setOverride('plain');
      panel.summary.actions.togglePreview();
      expect(panel.copyState()).toMatchObject({ previewOpen: false, override: null });
    });
  });

  it('follows a format changed in options while the panel is open', async () => {
    const panel = await started();
    await fakeBrowser.storage.local.set({ settings: { ...registry.settings.fallback, profile: 'markdown' } });
    await settle();
    await panel.actions.copySummary();
    expect(panel.copied().text).toContain('**Current reality**');
  });

  it('an unknown stored format copies as Greenhouse and keeps the rest of the settings', async () => {
    const settings = { ...registry.settings.fallback, profile: 'workday-2030', interviewer: 'Grace Hopper' };
    await fakeBrowser.storage.local.set({ settings });
    const panel = await started();
    await panel.actions.copySummary();
    expect(must(panel.summary.actions.rendered()).profile.id).toBe('greenhouse');
    expect(panel.copied().text).toContain('Interviewer: Grace Hopper');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
    expect(defaultProfileId(settings)).toBe('greenhouse');
  });

  it('lists rejected suggestions when the options ask for it', async () => {
    const panel = await started();
    panel.actions.setAnswers({
      [keys.match('reality/technical/learn', 'talks')]: 'rejected',
      [keys.offeringName('reality/technical/learn', 'talks')]: 'Friday talks',
    });
    await panel.actions.copySummary();
    expect(panel.copied(0).text).not.toContain('Rejected: Friday talks');
    await fakeBrowser.storage.local.set({ settings: { ...registry.settings.fallback, listRejected: true } });
    await settle();
    await panel.actions.copySummary();
    expect(panel.copied(1).text).toContain('  - Rejected: Friday talks');
  });

  it('puts the interviewer and the no-recording note from options in the header', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...registry.settings.fallback, interviewer: 'Grace Hopper', noRecordingNote: true },
    });
    const panel = await started();
    await panel.actions.copySummary();
    expect(panel.copied().text).toMatch(/Interviewer: Grace Hopper\nNothing was recorded/);
    expect(panel.copied().text).toMatch(/Duration: \d+ min/);
  });

  it('copies one step under the same header, and names it', async () => {
    const panel = await started();
    await panel.actions.copyStep('reality');
    const { text } = panel.copied();
    expect(text).toContain('Candidate: Ada Lovelace');
    expect(text).toContain('Kubernetes operators');
    expect(text).not.toContain('Took it well');
    expect(panel.state().status?.text).toBe('Copied “Current reality” for Greenhouse');
  });

  it('copies nothing for a step with no answers, and says so', async () => {
    const panel = await started();
    await panel.actions.copyStep('growth');
    expect(panel.copy).not.toHaveBeenCalled();
    expect(panel.state().status?.text).toBe('Nothing captured in “How they grow best” yet, so there is nothing to copy.');
  });

  it('a refused copy opens the manual copy with the same content and says why', async () => {
    const panel = await started({
      copy: async () => {
        throw new Error('The browser refused the copy (Document is not focused).');
      },
    });
    panel.summary.actions.setOverride('markdown');
    const preview = must(panel.summary.actions.rendered()).content;
    await panel.actions.copySummary();
    const manual = must(panel.copyState().manual);
    expect(manual.content).toEqual(preview);
    expect(manual.profileName).toBe(profileOf('markdown').short);
    expect(panel.state().status).toMatchObject({ tone: 'error' });
    expect(panel.state().status?.text).toContain('Document is not focused');
    expect(panel.state().status?.text).toContain('press Ctrl+C');
    panel.summary.actions.closeManual(true);
    expect(panel.copyState().manual).toBeNull();
    expect(panel.state().status?.text).toBe('Copied the summary for Markdown by hand');
  });

  it('closing the manual copy without copying says it was not copied', async () => {
    const panel = await started({ copy: async () => Promise.reject(new Error('no')) });
    await panel.actions.copyStep('reality');
    expect(must(panel.copyState().manual).what).toBe('“Current reality”');
    panel.summary.actions.closeManual(false);
    expect(panel.state().status?.text).toBe('Not copied.');
  });

  it('the message for the candidate: copied as given, or by hand when refused; nothing to copy said so', async () => {
    const content = { html: '<p>Hi</p>\n', text: 'Hi\n' };
    const ok = await started();
    expect(await ok.summary.actions.copyMessage(content, true)).toBe(true);
    expect(ok.copied()).toEqual(content);
    expect(ok.state().status?.text).toBe('Copied the message for the candidate');
    expect(await ok.summary.actions.copyMessage(content, false)).toBe(false);
    expect(ok.copy).toHaveBeenCalledTimes(1);
    expect(ok.state().status?.text).toBe('Nothing captured for the candidate yet, so there is nothing to copy.');

    const refused = await started({ copy: async () => Promise.reject(new Error('Document is not focused.')) });
    expect(await refused.summary.actions.copyMessage(content, true)).toBe(false);
    expect(must(refused.copyState().manual)).toMatchObject({
      content,
      what: 'the message for the candidate',
      profileName: 'an email',
    });
    refused.summary.actions.closeManual(true);
    expect(refused.state().status?.text).toBe('Copied the message for the candidate by hand');
  });

  it('toggles marks: a second press clears, the other mark replaces', async () => {
    const panel = await started();
    panel.actions.toggleMark(LEARN, 'quote');
    await panel.actions.copySummary();
    expect(panel.copied(0).text).toContain('Wants to learn or improve: “Kubernetes operators”');
    panel.actions.toggleMark(LEARN, 'followup');
    await panel.actions.copySummary();
    expect(panel.copied(1).text).toContain('Follow up\n- Technical growth / Wants to learn or improve: Kubernetes operators');
    panel.actions.toggleMark(LEARN, 'followup');
    await panel.actions.copySummary();
    expect(panel.copied(2).text).not.toContain('Follow up');
    expect(panel.copied(2).text).not.toContain('“');
  });

  it('copies nothing from an interview whose record could not be read', async () => {
    await fakeBrowser.storage.local.set({ 'interview:bad': { schema: 1, id: 'bad', fields: 'nope' } });
    const panel = copyPanel();
    await panel.actions.init();
    await panel.actions.open('bad');
    await panel.actions.copySummary();
    expect(panel.copy).not.toHaveBeenCalled();
  });
});

it('lists every profile id once', () => {
  expect(new Set<ProfileId>(PROFILE_IDS).size).toBe(PROFILE_IDS.length);
});
