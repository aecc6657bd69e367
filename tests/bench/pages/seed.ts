/**
 * The bench's helper page, loaded from inside the extension: it seeds storage
 * through the extension's own repository (so records and index are exactly
 * what the panel writes), times writes of a one-key layout made directly from
 * this page, and times the summary renderers. The bench calls `window.bench.*` with page.evaluate.
 */
import type { Interview } from '../../../lib/interview';
import { browserStorage } from '../../../lib/platform/storage';
import { defaultScript } from '../../../lib/script';
import { registry } from '../../../lib/storage/registry';
import { createRepository } from '../../../lib/storage/repository';
import { renderCopy } from '../../../lib/store/summary-copy';
import { profiles } from '../../../lib/summary';
import { keys } from '../../unit/support/ri';
import { LARGEST_ID, LONG_KEY, largestInterview, typicalInterview } from './data';

const storage = browserStorage();
const repository = createRepository(storage);
const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const bench = {
  /** Stores the largest interview plus `count - 1` typical ones, 200 per storage call. */
  async seed(count: number): Promise<{ count: number; largestBytes: number; totalBytes: number }> {
    await storage.area.clear();
    if (count === 0) return { count: 0, largestBytes: 0, totalBytes: 0 };
    const all: Interview[] = [largestInterview()];
    for (let n = 1; n < count; n += 1) all.push(typicalInterview(n));
    for (let start = 0; start < all.length; start += 200) await repository.putInterviews(all.slice(start, start + 200));
    const index = await repository.readIndex();
    if (index.entries.length !== count || index.problems.length > 0)
      throw new Error(`seeded ${index.entries.length} of ${count}`);
    return { count, largestBytes: bytesOf(all[0]), totalBytes: all.reduce((sum, i) => sum + bytesOf(i), 0) };
  },

  /**
   * A one-key layout (every interview in one key, the whole key rewritten at
   * each change), written `writes` times with `storage.local.set` straight from
   * this page, one more character in the long answer each time. Nothing is
   * typed and no panel runs: these are the layout's storage costs per write.
   * Uses the records seeded in storage; returns per-write figures.
   */
  async oneKeyLayout(writes: number): Promise<{ stored: number; bytes: number[]; ms: number[] }> {
    const { interviews } = await repository.readAll();
    const largest = interviews.find((i) => i.id === LARGEST_ID);
    if (!largest) throw new Error('seed first');
    const bytes: number[] = [];
    const ms: number[] = [];
    let text = largest.fields[LONG_KEY]?.v;
    for (let k = 0; k < writes; k += 1) {
      text = `${String(text)}x`;
      largest.fields[LONG_KEY] = { v: text, t: Date.now() };
      const items = { 'bench-one-key': { interviews } };
      bytes.push(bytesOf(items));
      const t0 = performance.now();
      await storage.area.set(items);
      ms.push(performance.now() - t0);
    }
    await storage.area.remove('bench-one-key');
    return { stored: interviews.length, bytes, ms };
  },

  /** Median and first-call time of each ATS profile, building and rendering the largest interview. */
  summaries(runs = 25): Record<string, { firstMs: number; medianMs: number; chars: number }> {
    const interview = largestInterview();
    const out: Record<string, { firstMs: number; medianMs: number; chars: number }> = {};
    for (const profile of profiles) {
      const times: number[] = [];
      let chars = 0;
      for (let r = 0; r < runs; r += 1) {
        const t0 = performance.now();
        const settings = { ...registry.settings.fallback, interviewer: 'Bench', noRecordingNote: true };
        const rendered = renderCopy(interview, defaultScript, { ...settings, profile: profile.id }, null).content;
        times.push(performance.now() - t0);
        chars = rendered.html.length + rendered.text.length;
      }
      out[profile.id] = { firstMs: times[0] ?? Number.NaN, medianMs: median(times.slice(1)), chars };
    }
    return out;
  },

  /** Sanity check used by the bench: the stored step of the largest interview. */
  async largestStep(): Promise<unknown> {
    const read = await repository.readInterview(LARGEST_ID);
    return read.kind === 'ok' ? read.interview.fields[keys.step]?.v : read.kind;
  },
};

Object.assign(globalThis, { bench });
document.title = 'Benchmark seeding (ready)';
