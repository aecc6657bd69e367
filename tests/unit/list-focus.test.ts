// @vitest-environment happy-dom
/**
 * The list's focus keeper (components/InterviewList.tsx) moves focus only when
 * the focused row was removed; once the user has moved on (search box, a click
 * elsewhere), a later re-render must not pull focus back into the list.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InterviewList } from '../../components/InterviewList';
import { StoreProvider } from '../../components/StoreContext';
import { entryOf } from '../../lib/interview/entry';
import { browserStorage } from '../../lib/platform/storage';
import { createRepository } from '../../lib/storage/repository';
import { implementGetKeys, must, newInterview, settle } from './support';
import { makePanel } from './support/panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('focus keeper', () => {
  it('does not pull focus into the list on an unrelated re-render, long after the row left', async () => {
    fakeBrowser.reset();
    const s = makePanel();
    const entries = ['Ada', 'Grace', 'Linus'].map((c, i) => entryOf(newInterview({ id: `interview-${i}`, candidate: c })));
    s.store.setState({ phase: 'ready', entries, textMatches: new Map() });
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(createElement(StoreProvider, { value: s }, createElement(InterviewList))));

    const rows = () => [...host.querySelectorAll<HTMLButtonElement>('.list-item')];
    await act(async () => rows()[0]?.focus()); // keyboard user was on Ada's row
    const search = must(host.querySelector<HTMLInputElement>('input[type=search]'));
    await act(async () => search.focus());
    await act(async () => s.store.setState({ query: 'Grace' })); // Ada's row leaves the list while typing
    expect(document.activeElement).toBe(search);
    await act(async () => search.blur()); // user clicks some plain text: focus on body
    expect(document.activeElement).toBe(document.body);
    // another window saves something: the index is rewritten, same rows
    await act(async () => s.store.setState({ entries: [...entries] }));
    const active = document.activeElement;
    const where = active === document.body ? 'BODY' : (active?.textContent ?? '');
    root.unmount();
    expect(where).toBe('BODY');
  });

  it('after a rename is saved, focus goes back to the row only if the user has not moved on meanwhile', async () => {
    fakeBrowser.reset();
    implementGetKeys();
    const s = makePanel();
    await createRepository(browserStorage()).putInterviews([newInterview({ id: 'interview-0', candidate: 'Ada' })]);
    const unwatch = await s.actions.init();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(createElement(StoreProvider, { value: s }, createElement(InterviewList))));
    const button = (name: string) =>
      must([...host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name));

    await act(async () => button('Actions for Ada').click());
    await act(async () => button('Rename').click());
    const search = must(host.querySelector<HTMLInputElement>('input[type=search]'));
    // Save, then straight away a click in the search box, before the rename is written.
    button('Save').click();
    search.focus();
    await act(() => settle());
    // Saved and closed: the row with its "Actions for Ada" button is back.
    expect(host.querySelector('form')).toBeNull();
    button('Actions for Ada');
    const active = document.activeElement;
    const where = active === search ? 'search' : (active?.getAttribute('aria-label') ?? active?.tagName);
    root.unmount();
    unwatch();
    expect(where).toBe('search');
  });
});
