/**
 * Found in review (issue 7 session): "Undo delete" writes the snapshot taken at delete time over whatever
 * is stored now, and the snapshot keeps the writer id of the page that wrote it
 * last. A second panel that kept typing after the delete ("typing saves it
 * again") sees the undo write as its own echo and ignores it: storage loses
 * what it typed while its screen says "Saved".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { text } from '../../lib/interview';
import { browserStorage } from '../../lib/platform/storage';
import { createRepository } from '../../lib/storage/repository';
import { CREATED_AT, ID, implementGetKeys, must, newInterview, settle, storedInterview, withFields } from './support';
import { makePanel, twoPanels } from './support/panel';
import { keys } from './support/ri';

const NOTE = keys.answer('difference', 'note');

describe('undo delete vs a panel that kept typing', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('undo does not put the deleted snapshot over text typed since in another panel', async () => {
    const { a, b, unwatch } = await twoPanels();
    b.actions.setAnswer(NOTE, 'before the delete');
    await settle();

    a.actions.showList();
    await a.actions.remove(ID);
    await settle();
    expect(b.state().status?.text).toMatch(/deleted outside this panel/);

    b.actions.setAnswer(NOTE, 'before the delete, and typed after it');
    await settle();
    expect(text(await storedInterview(), NOTE)).toBe('before the delete, and typed after it');
    expect(b.state().save).toBe('saved');

    await a.actions.undoRemove();
    await settle(10);
    const storedNote = text(await storedInterview(), NOTE);
    const shownInB = text(must(b.state().interview), NOTE);
    unwatch();
    expect({ shownInB, storedNote }).toEqual({
      shownInB: 'before the delete, and typed after it',
      storedNote: 'before the delete, and typed after it',
    });
  });

  it('typing after a delete elsewhere saves the interview and lists it again', async () => {
    const { a, b, unwatch } = await twoPanels();
    a.actions.showList();
    await a.actions.remove(ID);
    await settle();
    expect(a.state().entries).toEqual([]);

    b.actions.setAnswer(NOTE, 'typed after the delete');
    await settle(10);
    const listedInA = a.state().entries.map((e) => e.candidate);
    const listedInB = b.state().entries.map((e) => e.candidate);
    const storedNote = text(await storedInterview(), NOTE);
    unwatch();
    expect({ storedNote, listedInA, listedInB }).toEqual({
      storedNote: 'typed after the delete',
      listedInA: ['Ada'],
      listedInB: ['Ada'],
    });
  });

  it('an edit over an answer stamped by a clock running ahead survives a second panel', async () => {
    // As after importing an export from a machine an hour ahead: the stored answer's stamp is in the future.
    const ahead = withFields(newInterview({ candidate: 'Ada' }), { [NOTE]: 'from the file' }, CREATED_AT + 3_600_000);
    const a = makePanel({ writerId: 'panel-a', start: CREATED_AT + 1000 });
    const b = makePanel({ writerId: 'panel-b', start: CREATED_AT + 2000 });
    await createRepository(browserStorage()).putInterviews([ahead]);
    const unwatch = [await a.actions.init(), await b.actions.init()];
    await a.actions.open(ID);
    await b.actions.open(ID);
    a.actions.setAnswer(NOTE, 'typed here');
    await settle(10);
    const shownInA = text(must(a.state().interview), NOTE);
    const shownInB = text(must(b.state().interview), NOTE);
    const storedNote = text(await storedInterview(), NOTE);
    for (const u of unwatch) u();
    expect({ shownInA, shownInB, storedNote }).toEqual({
      shownInA: 'typed here',
      shownInB: 'typed here',
      storedNote: 'typed here',
    });
  });
});
