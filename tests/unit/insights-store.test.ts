/**
 * Insights' store (issue 20) over the extension's repository and fake
 * storage: every record read in batches with progress, unreadable ones
 * counted, named and logged (never fatal), each interview read through the
 * script it was run with, filters, the CSV, and nothing written.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserStorage } from '../../lib/platform/storage';
import { reverseInterview, type Script } from '../../lib/script';
import { readInterviewBatches } from '../../lib/storage/batches';
import type { StorageArea } from '../../lib/storage/port';
import { interviewKey, registry } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { createInsightsStore, type InsightsDeps } from '../../lib/store/insights';
import { BROKEN, candidateOf, EXPECTED, idOf, insightsInterview, insightsInterviews } from '../e2e/insights-data';
import { type Deferred, deferred, implementGetKeys, must } from './support';

const NOW = Date.UTC(2026, 11, 6, 9, 30);
const BROKEN_VALUE = { schema: 2, id: idOf(BROKEN), fields: 'cut off mid-write' };

function makeInsights(over: Partial<InsightsDeps> & { area?: StorageArea } = {}) {
  const storage = browserStorage();
  const area = over.area ?? storage.area;
  const repository = createRepository({ ...storage, area }, { now: () => NOW });
  const insights = createInsightsStore({
    records: {
      readBatches: (size) => readInterviewBatches(area, size, repository.reportProblems),
      readIndex: repository.readIndex,
    },
    resolve: (id, version) => repository.scripts.resolve(id, version),
    now: () => NOW,
    pause: async () => undefined,
    ...over,
  });
  return { ...insights, repository, state: () => insights.store.getState() };
}

async function seedThirty() {
  await createRepository(browserStorage()).putInterviews(insightsInterviews());
  await fakeBrowser.storage.local.set({ [interviewKey(idOf(BROKEN))]: BROKEN_VALUE });
}

describe('insights store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('reads every record in batches, showing progress, and counts the 29 readable as worked out by hand', async () => {
    await seedThirty();
    const i = makeInsights({ batchSize: 7 });
    const seen: string[] = [];
    i.store.subscribe((s, before) => {
      if (s.progress !== before.progress) seen.push(`${s.progress.done}/${s.progress.total}`);
    });
    await i.actions.read();
    expect(seen).toEqual(['0/0', '7/30', '14/30', '21/30', '28/30', '30/30']);
    const { phase, insights } = i.state();
    expect(phase).toBe('ready');
    expect(insights.read).toBe(EXPECTED.read);
    expect(insights.arenas.rows.map((r) => [r.custom ? `${r.label} (their own)` : r.label, r.interviews])).toEqual(
      EXPECTED.arenas,
    );
    expect(insights.gaps.rows.map((r) => r.needs)).toEqual(EXPECTED.gaps.map((g) => g[2]));
  });

  it('an unreadable record is counted, named by its list entry, logged as unreadable, and never fatal', async () => {
    await seedThirty();
    const i = makeInsights();
    await i.actions.read();
    expect(i.state().phase).toBe('ready');
    expect(i.state().unreadable).toEqual([{ id: idOf(BROKEN), candidate: candidateOf(BROKEN) }]);
    await i.repository.settled();
    expect((await i.repository.readQuarantine()).items.map((q) => q.key)).toEqual([interviewKey(idOf(BROKEN))]);
    // Left exactly as it was.
    expect((await fakeBrowser.storage.local.get(interviewKey(idOf(BROKEN))))[interviewKey(idOf(BROKEN))]).toEqual(BROKEN_VALUE);
  });

  it('an unreadable record missing from the list is named by its id', async () => {
    await fakeBrowser.storage.local.set({ 'interview:orphan-1': { schema: 2 } });
    const i = makeInsights();
    await i.actions.read();
    expect(i.state().unreadable).toEqual([{ id: 'orphan-1', candidate: '' }]);
  });

  it('reads only: nothing but the log of unreadable data is written', async () => {
    await seedThirty();
    const before = await fakeBrowser.storage.local.get(null);
    const i = makeInsights();
    await i.actions.read();
    i.actions.setFilter({ status: 'done' });
    i.actions.exportCsv();
    await i.repository.settled();
    const { [registry.quarantine.key]: _log, ...after } = await fakeBrowser.storage.local.get(null);
    expect(after).toEqual(before);
  });

  it('each interview is read through its own script version; one whose script is not here is counted in no chart', async () => {
    // Version 1 of the built-in, stored as interviews started with it keep it: step 2 offers one arena only.
    const v1: Script = {
      ...reverseInterview,
      version: 1,
      steps: reverseInterview.steps.map((s) =>
        s.kind === 'arenaChoice' ? { ...s, arenas: [{ id: 'technical', label: 'Technical skills' }] } : s,
      ),
    };
    await createRepository(browserStorage()).scripts.keep(v1);
    const old = { ...insightsInterview(0), id: 'old-version', scriptVersion: 1 };
    const unknown = { ...insightsInterview(2), id: 'unknown-script', scriptId: 'gone', scriptVersion: 3 };
    await createRepository(browserStorage()).putInterviews([insightsInterview(0), old, unknown]);
    const i = makeInsights();
    await i.actions.read();
    const { insights } = i.state();
    expect(insights.read).toBe(3);
    expect(insights.noScript).toBe(1);
    expect(insights.arenas.rows.map((r) => [r.label, r.interviews])).toEqual([
      ['Leadership growth', 1],
      ['Peer relationships and teamwork', 1],
      ['Technical growth', 1],
      ['Technical skills', 1],
    ]);
  });

  it('filters count again without reading again', async () => {
    await seedThirty();
    const i = makeInsights();
    await i.actions.read();
    expect(i.state().roles.map((r) => r.label)).toEqual(['Staff Engineer', 'SRE']);
    i.actions.setFilter({ role: must(i.state().roles[1]).key, from: '2026-11-01', to: '2026-11-10' });
    expect(i.state().insights.matching).toBe(5);
    i.actions.setFilter({ role: null });
    expect(i.state().insights.matching).toBe(10);
    i.actions.setFilter({ from: '', to: '' });
    expect(i.state().insights.matching).toBe(29);
  });

  it('"Export CSV" gives the file of what is shown, filters described; nothing before the records are read', async () => {
    await seedThirty();
    const i = makeInsights();
    expect(i.actions.exportCsv()).toBeNull();
    await i.actions.read();
    i.actions.setFilter({ status: 'archived', role: 'sre' });
    const file = must(i.actions.exportCsv());
    expect(file.filename).toBe('reverse-interview-insights-2026-12-06-09-30.csv');
    expect(file.content).toContain('\r\nInterviews,Matching the filters,any date; role: SRE; status: Archived,1,\r\n');
    expect(file.content).toContain('\r\nInterviews,"Unreadable, left out",,1,\r\n');
    expect(i.state().message?.text).toBe('Saved reverse-interview-insights-2026-12-06-09-30.csv to your downloads.');
  });

  it('storage refusing to be read says so, changes nothing, and reading again works', async () => {
    await seedThirty();
    const storage = browserStorage();
    let refuse = true;
    const area: StorageArea = {
      ...storage.area,
      get: async (keys) => {
        if (refuse && Array.isArray(keys)) throw new Error('IO error: LOCK: File currently in use');
        return storage.area.get(keys);
      },
    };
    const i = makeInsights({ area });
    await i.actions.read();
    expect(i.state().phase).toBe('failed');
    expect(i.state().message).toMatchObject({
      tone: 'error',
      text: 'The stored interviews could not be read (IO error: LOCK: File currently in use). Nothing was changed.',
    });
    refuse = false;
    await i.actions.read();
    expect(i.state()).toMatchObject({ phase: 'ready', message: null });
    expect(i.state().insights.read).toBe(29);
  });

  it('a read overtaken by "Read interviews again" stops; the newer one is what is shown', async () => {
    await seedThirty();
    const gate = deferred();
    let pauses = 0;
    const i = makeInsights({
      batchSize: 10,
      pause: async () => {
        pauses += 1;
        if (pauses === 1) await gate.promise;
      },
    });
    const first = i.actions.read();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Another interview arrives while the first read waits.
    await createRepository(browserStorage()).putInterviews([{ ...insightsInterview(3), id: 'late-arrival' }]);
    // The newer read ends first; the older one then wakes up, and must not put its count over it.
    await i.actions.read();
    gate.resolve();
    await first;
    expect(i.state().phase).toBe('ready');
    expect(i.state().insights.read).toBe(30);
    expect(i.state().facts.filter((f) => f.id === idOf(0))).toHaveLength(1);
  });

  it('follows the list: a change says the counts are out of date, "Erase all data" reads again', async () => {
    await seedThirty();
    let tell: (change: 'index' | 'erased') => void = () => undefined;
    let watching = false;
    const i = makeInsights({
      watch: (listener) => {
        tell = listener;
        watching = true;
        return () => {
          watching = false;
        };
      },
    });
    const unwatch = await i.actions.init();
    expect(i.state()).toMatchObject({ phase: 'ready', stale: false });
    tell('index');
    expect(i.state().stale).toBe(true);
    await i.actions.read();
    expect(i.state().stale).toBe(false);
    await fakeBrowser.storage.local.clear();
    tell('erased');
    await vi.waitFor(() => expect(i.state()).toMatchObject({ phase: 'ready', insights: { read: 0 } }));
    unwatch();
    expect(watching).toBe(false);
  });

  it('nothing stored: ready at once, with nothing to count', async () => {
    const i = makeInsights();
    await i.actions.read();
    expect(i.state()).toMatchObject({ phase: 'ready', progress: { done: 0, total: 0 }, unreadable: [] });
    expect(i.state().insights.read).toBe(0);
  });
});

describe('readInterviewBatches', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  /** The fake area, with every `get` of interview records noted, and held until released. */
  function heldArea() {
    const storage = browserStorage();
    const calls: string[] = [];
    const gates: Deferred<void>[] = [];
    const area: StorageArea = {
      ...storage.area,
      get: async (keys) => {
        if (!Array.isArray(keys)) return storage.area.get(keys);
        calls.push(`get ${keys.length}`);
        const gate = deferred();
        gates.push(gate);
        await gate.promise;
        return storage.area.get(keys);
      },
    };
    return { area, calls, gates };
  }

  it('asks for the next batch before handing this one over, so the browser reads while the page checks', async () => {
    await createRepository(browserStorage()).putInterviews(insightsInterviews().slice(0, 25));
    const { area, calls, gates } = heldArea();
    const batches = readInterviewBatches(area, 10, () => undefined);
    const first = batches.next();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['get 10']);
    must(gates[0]).resolve();
    expect((await first).value).toMatchObject({ done: 10, total: 25 });
    // The second batch was asked for before the first came back to the reader.
    expect(calls).toEqual(['get 10', 'get 10']);
    must(gates[1]).resolve();
    expect((await batches.next()).value).toMatchObject({ done: 20, total: 25 });
    expect(calls).toEqual(['get 10', 'get 10', 'get 5']);
    must(gates[2]).resolve();
    expect((await batches.next()).value).toMatchObject({ done: 25, total: 25 });
    expect((await batches.next()).done).toBe(true);
  });

  it('a reader that stops early leaves no unheard failure behind', async () => {
    await createRepository(browserStorage()).putInterviews(insightsInterviews().slice(0, 25));
    const storage = browserStorage();
    let n = 0;
    const area: StorageArea = {
      ...storage.area,
      get: async (keys) => {
        n += 1;
        if (Array.isArray(keys) && n > 1) throw new Error('IO error');
        return storage.area.get(keys);
      },
    };
    const unheard: unknown[] = [];
    const listen = (reason: unknown) => unheard.push(reason);
    process.on('unhandledRejection', listen);
    try {
      for await (const batch of readInterviewBatches(area, 10, () => undefined)) {
        expect(batch.interviews).toHaveLength(10);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });
});
