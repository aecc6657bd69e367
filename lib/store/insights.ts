import { createStore } from 'zustand/vanilla';
import { aggregate, type CountRow, type Insights, rolesOf } from '../insights/aggregate';
import { insightsCsv } from '../insights/csv';
import { factsOf, type InterviewFacts } from '../insights/facts';
import { describeFilter, type FilterForm, NO_FILTER, toFilter } from '../insights/filter';
import { reasonOf } from '../reason';
import type { Script } from '../script/schema';
import type { InterviewBatch } from '../storage/batches';
import { interviewIdOf } from '../storage/registry';
import type { Repository } from '../storage/repository';
import { exportFileName } from '../storage/transfer';
import { statusLabels } from './library';
import { nextTask } from './pace';
import { createStatusLine, type Status } from './status-line';

/** A record Insights could not read: counted, and named by the list's entry when the index has one. */
export interface Unreadable {
  id: string;
  candidate: string;
}

export interface InsightsState {
  phase: 'idle' | 'reading' | 'ready' | 'failed';
  /** Records read of all stored, while reading. */
  progress: { done: number; total: number };
  facts: InterviewFacts[];
  unreadable: Unreadable[];
  form: FilterForm;
  roles: CountRow[];
  /** The counts for the facts and the filters, made again whenever either changes. */
  insights: Insights;
  /** Interviews were added, changed or removed since they were read (the list changed). */
  stale: boolean;
  message: Status | null;
}

export interface InsightsDeps {
  records: {
    /** Every interview record, validated, `size` at a time (lib/storage/batches.ts). */
    readBatches(size: number): AsyncIterable<InterviewBatch>;
    /** The list, to name records that cannot be read. */
    readIndex: Repository['readIndex'];
  };
  /**
   * Follows the list (the repository's `watch` for `index` and `erased`): an
   * interview added, renamed, its status changed, deleted or imported, or
   * everything erased. Not every save: a panel saves at each pause in typing.
   */
  watch?: (listener: (change: 'index' | 'erased') => void) => () => void;
  /** The script an interview was run with (the repository's `scripts.resolve`); null when this browser lacks it. */
  resolve: (id: string, version: number | undefined) => Promise<Script | null>;
  now?: () => number;
  /** Records per storage call: the progress moves, and the page renders, between calls. */
  batchSize?: number;
  /** Lets the page render between batches. */
  pause?: () => Promise<void>;
  infoMs?: number;
}

export const INSIGHTS_BATCH = 100;

/**
 * Insights on the options page (issue 20): every stored interview read
 * through the repository (validated, unreadable ones counted and named, never
 * fatal), in batches with progress, each reduced to its facts through the
 * script it was run with; then counts for the filters. Reads only.
 */
export function createInsightsStore(deps: InsightsDeps) {
  const now = deps.now ?? Date.now;
  const batchSize = deps.batchSize ?? INSIGHTS_BATCH;
  const pause = deps.pause ?? nextTask;
  const store = createStore<InsightsState>()(() => ({
    phase: 'idle',
    progress: { done: 0, total: 0 },
    facts: [],
    unreadable: [],
    form: NO_FILTER,
    roles: [],
    insights: aggregate([]),
    stale: false,
    message: null,
  }));
  const { getState, setState } = store;
  const { say } = createStatusLine(
    () => getState().message,
    (message) => setState({ message }),
    deps.infoMs ?? 8000,
  );
  /** Bumped by every read: a read overtaken by a newer one stops and shows nothing. */
  let generation = 0;

  async function read(): Promise<void> {
    const mine = ++generation;
    setState({ phase: 'reading', progress: { done: 0, total: 0 }, stale: false, message: null });
    const scripts = new Map<string, Promise<Script | null>>();
    const scriptOf = (id: string, version: number | undefined) => {
      const key = `${id}@${version ?? ''}`;
      let found = scripts.get(key);
      if (!found) {
        found = deps.resolve(id, version).catch(() => null);
        scripts.set(key, found);
      }
      return found;
    };
    try {
      const facts: InterviewFacts[] = [];
      const problems: string[] = [];
      for await (const batch of deps.records.readBatches(batchSize)) {
        if (mine !== generation) return;
        for (const interview of batch.interviews) {
          facts.push(factsOf(interview, await scriptOf(interview.scriptId, interview.scriptVersion)));
        }
        problems.push(...batch.problems.map((p) => p.key));
        setState({ progress: { done: batch.done, total: batch.total } });
        await pause();
      }
      const names =
        problems.length > 0 ? new Map((await deps.records.readIndex()).entries.map((e) => [e.id, e.candidate])) : null;
      if (mine !== generation) return;
      const unreadable = problems.map((key) => {
        const id = interviewIdOf(key) ?? key;
        return { id, candidate: names?.get(id) ?? '' };
      });
      const form = getState().form;
      setState({
        phase: 'ready',
        facts,
        unreadable,
        roles: rolesOf(facts),
        insights: aggregate(facts, toFilter(form)),
      });
    } catch (error) {
      if (mine !== generation) return;
      setState({ phase: 'failed' });
      say('error', `The stored interviews could not be read (${reasonOf(error)}). Nothing was changed.`);
    }
  }

  const actions = {
    /**
     * Reads, and follows the list from then on: a change says the counts are
     * out of date (reading 2,000 records again at each rename in a panel would
     * be too much); "Erase all data" leaves nothing to count, so it reads again.
     */
    async init(): Promise<() => void> {
      const unwatch =
        deps.watch?.((change) => {
          if (change === 'erased') void read();
          else setState({ stale: true });
        }) ?? (() => undefined);
      await read();
      return unwatch;
    },

    read,

    setFilter(change: Partial<FilterForm>) {
      const form = { ...getState().form, ...change };
      setState({ form, insights: aggregate(getState().facts, toFilter(form)) });
    },

    /** The CSV of what is shown, every row of every chart; null while there is nothing read. */
    exportCsv(): { filename: string; content: string } | null {
      const { phase, insights, unreadable, form } = getState();
      if (phase !== 'ready') return null;
      const filename = exportFileName(now(), 'insights').replace(/\.json$/, '.csv');
      say('info', `Saved ${filename} to your downloads.`);
      const filters = describeFilter(form, getState().roles, (status) => statusLabels[status]);
      return { filename, content: insightsCsv(insights, { filters, unreadable: unreadable.length }) };
    },
  };

  return { store, actions };
}

export type InsightsStore = ReturnType<typeof createInsightsStore>;
