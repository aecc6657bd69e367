// @vitest-environment happy-dom
/**
 * The options page's actions when storage or a chosen file fails: each says
 * what failed in plain words, leaves the page usable, and never rejects to the
 * click handler that started it (nothing would show it).
 */
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection } from '../../components/options/DataSection';
import { EraseAll } from '../../components/options/EraseAll';
import { ImportInterviews } from '../../components/options/ImportInterviews';
import { OptionsProvider } from '../../components/options/OptionsContext';
import { RetentionForm } from '../../components/options/RetentionForm';
import { SummarySettings } from '../../components/options/SummarySettings';
import { browserStorage } from '../../lib/platform/storage';
import { createRepository } from '../../lib/storage/repository';
import { createOptionsStore } from '../../lib/store/options';
import { implementGetKeys, must, newInterview, settle } from './support';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.UTC(2026, 10, 20, 9, 30);

async function makeOptions() {
  const repository = createRepository(browserStorage(), { now: () => NOW });
  await repository.putInterviews([newInterview({ id: 'ada-01', candidate: 'Ada Lovelace' })]);
  const options = createOptionsStore(repository, () => NOW);
  const unwatch = await options.actions.init();
  await settle();
  return { ...options, unwatch, state: () => options.store.getState() };
}

type Options = Awaited<ReturnType<typeof makeOptions>>;

let cleanup: (() => void)[] = [];

async function render(o: Options, ui: ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(createElement(OptionsProvider, { value: o }, ui)));
  cleanup.push(() => {
    root.unmount();
    host.remove();
  });
  const button = (name: string) =>
    must(
      [...host.querySelectorAll('button')].find((b) => b.textContent === name),
      name,
    );
  return { host, button };
}

const ioError = () => new Error('IO error');

describe('options actions that fail', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });
  afterEach(() => {
    for (const done of cleanup) done();
    cleanup = [];
  });

  it('exports that cannot read storage say so and resolve to nothing to download', async () => {
    const o = await makeOptions();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(ioError());
    await expect(o.actions.exportAll()).resolves.toBeNull();
    expect(o.state().message).toMatchObject({
      tone: 'error',
      text: 'Nothing was exported: the stored interviews could not be read (IO error). Nothing was changed.',
    });
    await expect(o.actions.exportQuarantine()).resolves.toBeNull();
    expect(o.state().message).toMatchObject({
      tone: 'error',
      text: 'Nothing was exported: the unreadable data could not be read (IO error). Nothing was changed.',
    });
    o.unwatch();
  });

  it('"Export all interviews" that fails shows the reason and starts no download', async () => {
    const o = await makeOptions();
    const { button } = await render(o, createElement(DataSection));
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(ioError());
    await act(async () => button('Export all interviews').click());
    await act(() => settle());
    expect(o.state().message?.tone).toBe('error');
    expect(o.state().message?.text).toMatch(/^Nothing was exported: .*IO error/);
    expect(createObjectURL).not.toHaveBeenCalled();
    o.unwatch();
  });

  it('erase that fails: the question closes, the page says why, and the interviews are still there', async () => {
    const o = await makeOptions();
    const { host, button } = await render(o, createElement(EraseAll));
    await act(async () => button('Erase all data').click());
    expect(host.querySelector('[role=alertdialog]')).not.toBeNull();
    vi.spyOn(fakeBrowser.storage.local, 'clear').mockRejectedValue(ioError());
    await act(async () => button('Yes, erase everything').click());
    await act(() => settle());
    expect(host.querySelector('[role=alertdialog]')).toBeNull();
    expect(o.state().message).toMatchObject({
      tone: 'error',
      text: 'Could not erase the data (IO error). Try again.',
    });
    expect(o.state().interviewCount).toBe(1);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('interview:ada-01');
    o.unwatch();
  });

  it('erase offers the unreadable data its own export: "Export all interviews" cannot hold it, and erase takes it too', async () => {
    await fakeBrowser.storage.local.set({ 'interview:broken-01': { schema: 99 } });
    const o = await makeOptions();
    const { host, button } = await render(o, createElement(EraseAll));
    await act(async () => button('Erase all data').click());
    const dialog = must(host.querySelector('[role=alertdialog]'));
    expect(dialog.textContent).toContain('Unreadable data is erased too and has its own export.');
    expect(button('Export unreadable data')).toBeTruthy();
    o.unwatch();
  });

  it('a chosen file the browser cannot read is reported, and nothing is imported', async () => {
    const o = await makeOptions();
    const { host } = await render(o, createElement(ImportInterviews));
    const input = must(host.querySelector<HTMLInputElement>('input[type=file]'));
    const file = { name: 'notes.json', text: () => Promise.reject(new Error('the file was changed after it was chosen')) };
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await act(() => settle());
    expect(o.state().message).toMatchObject({
      tone: 'error',
      text: 'Could not read notes.json (the file was changed after it was chosen). Nothing was imported.',
    });
    expect(o.state().plan).toBeNull();
    o.unwatch();
  });

  it('a file that cannot be checked against storage is reported, and nothing is imported', async () => {
    const o = await makeOptions();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(ioError());
    await expect(o.actions.chooseImport('notes.json', '{}')).resolves.toBeUndefined();
    expect(o.state().message).toMatchObject({
      tone: 'error',
      text: 'Nothing was imported from notes.json: the stored interviews could not be read to compare (IO error).',
    });
    expect(o.state().plan).toBeNull();
    o.unwatch();
  });

  it('unreadable stored settings: the settings area says so, defaults in use, the record kept', async () => {
    const corrupt = { schema: 1, profile: 'lever', interviewer: 'Sam Rivera', noRecordingNote: 'yes', retentionDays: 90 };
    await fakeBrowser.storage.local.set({ settings: corrupt });
    const o = await makeOptions();
    const { host } = await render(o, createElement(SummarySettings));
    const alert = must(host.querySelector('[role=alert]'), 'the notice');
    expect(alert.textContent).toMatch(
      /^Your stored settings could not be read \(noRecordingNote: .+\)\. They are kept exactly as they were and are not written over; defaults are in use\. Export them from "Unreadable data" below\.$/,
    );
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(corrupt);
    // Retention says it too: with its days unknown, nothing is deleted automatically.
    const retention = await render(o, createElement(RetentionForm));
    expect(retention.host.textContent).toContain(
      'Your stored settings could not be read (see Summary above), so nothing is deleted automatically until they can be.',
    );
    o.unwatch();
  });
});
