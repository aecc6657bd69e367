import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserStorage } from '../../lib/platform/storage';
import { createRepository } from '../../lib/storage/repository';
import { CREATED_AT, ID, implementGetKeys, newInterview, settle, withFields } from './support';
import { makePanel } from './support/panel';
import { keys } from './support/ri';

const NOTE = keys.answer('difference', 'note');

describe('the open interview’s script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('an interview whose script this panel does not have is shown as not available, and nothing is written to it', async () => {
    const foreign = withFields({ ...newInterview(), scriptId: 'behavioural-screen' }, { [NOTE]: 'kept as it is' });
    await createRepository(browserStorage()).putInterviews([foreign]);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const panel = makePanel();
    await panel.actions.init();
    await panel.actions.open(ID);
    expect(panel.state().interview?.id).toBe(ID);
    expect(panel.state().script).toBeNull();

    // Nothing the panel does to it writes: no answer, no step from another script, no timer, no mark.
    panel.actions.setAnswer(NOTE, 'typed over it');
    panel.actions.goTo('reality');
    panel.actions.stepBy(1);
    panel.actions.goToNumber(2);
    panel.actions.toggleTimer();
    panel.actions.toggleMark(NOTE, 'quote');
    panel.actions.chooseArena('arenas', 'technical', true);
    panel.actions.flush();
    await settle();
    expect(panel.state().save).toBe('saved');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);

    // No summary from another script's steps either: the copy says why.
    await panel.actions.copySummary();
    expect(panel.copy).not.toHaveBeenCalled();
    expect(panel.state().status?.text).toBe('This interview’s script is not available, so there is no summary to copy.');
  });

  it('the preview and the copy render the same text with the timer running: one function, one clock', async () => {
    let now = CREATED_AT;
    const panel = makePanel({ clock: () => now });
    await panel.actions.init();
    await panel.actions.start({ candidate: 'Ada', role: 'Eng', atsLink: '' });
    panel.actions.toggleTimer();
    panel.actions.setAnswer(NOTE, 'what she said');
    now += 7 * 60_000;
    const shown = panel.summary.actions.rendered()?.content;
    await panel.actions.copySummary();
    expect(panel.copy).toHaveBeenCalledWith(shown);
    expect(shown?.text).toMatch(/7 min/);
  });
});
