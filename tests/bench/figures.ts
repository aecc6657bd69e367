/** Figures 2, 4 and 5: the list's load time and typing, turned into rows. */
import { WARM_UP_DELAY_MS } from '../../lib/platform/storage-warm-up.ts';
import {
  type FirstWrite,
  FLOOR,
  firstWrite,
  type LoadTimes,
  loads,
  PANEL,
  type Typing,
  typeInPanel,
  typeInTextarea,
} from './measure.ts';
import { budget, log, quick, RUNS, results, rows, WARM, want } from './options.ts';
import { ratioRow } from './report.ts';
import { median, percentile } from './stats.ts';

export type Profiles = (count: number) => Promise<string>;

/**
 * What figure 5's one-key rows measure (issue 7 asks for "a naive single-key
 * layout as a baseline"). Not typing in a panel: a panel on that layout would
 * need its own repository, and its writer (one write per storage round trip,
 * lib/store/writer.ts) would fold the keystrokes typed during a slow write into
 * the next one, so its bytes per keystroke would measure typing speed, not
 * the layout. What grows with the layout is the cost of one write.
 */
export const ONE_KEY_METHOD =
  'One-key layout: every stored interview in one storage key, rewritten whole with one more character each time; ' +
  'three storage.local.set calls made directly from the bench helper page (tests/bench/pages/seed.ts), right after ' +
  'seeding, with 1 and with 2,000 stored. Nothing is typed and no panel runs: bytes and time are per write.';

/** Figure 2's scenarios: the floor page, and the panel with 0, 100 and 2,000 stored; the last two show a list. */
export const LIST_SCENARIOS = [
  { name: 'floor', count: 0, file: FLOOR, list: false },
  { name: '0', count: 0, file: PANEL, list: false },
  { name: '100', count: 100, file: PANEL, list: true },
  { name: '2000', count: 2000, file: PANEL, list: true },
] as const;

/** Figure 2's budgets: each panel scenario's ratio to the floor page, cold and warm (none for 100 stored). */
export const listBudgets = (): Record<string, number | undefined> => ({
  '0': budget('listInteractive0Ratio'),
  '100': undefined,
  '2000': budget('listInteractive2000Ratio'),
});

/** Figure 2's loads, interleaved round by round so machine load hits every scenario alike. */
export async function listLoads(profile: Profiles): Promise<Record<string, LoadTimes>> {
  const scenarios = [];
  for (const s of LIST_SCENARIOS) scenarios.push({ ...s, dir: await profile(s.count) });
  const times: Record<string, LoadTimes> = Object.fromEntries(scenarios.map((s) => [s.name, { cold: [], warm: [] }]));
  for (let r = 0; r < RUNS; r += 1) {
    log(`list interactive, round ${r + 1} of ${RUNS}`);
    for (const s of scenarios) {
      const t = await loads(s.dir, s.file, s.list, WARM);
      times[s.name]?.cold.push(...t.cold);
      times[s.name]?.warm.push(...t.warm);
    }
  }
  return times;
}

/** Figure 2: the list interactive, as rows (ratios of medians to the floor page's). */
export async function listInteractive(profile: Profiles): Promise<void> {
  const times = await listLoads(profile);
  results.loads = times;
  const floor = times.floor as LoadTimes;
  for (const [n, max] of Object.entries(listBudgets())) {
    const t = times[n] as LoadTimes;
    rows.push(ratioRow(`2. List interactive, ${n} stored, cold`, 'ms', median(t.cold), median(floor.cold), max));
    rows.push(ratioRow(`2. List interactive, ${n} stored, warm`, 'ms', median(t.warm), median(floor.warm), max));
  }
}

/** Figures 4 and 5: keystrokes into the 10,000-character answer, and what they write. */
export async function typing(
  profile: Profiles,
  seeded: Record<number, { largestBytes: number }>,
  oneKey: Record<number, { bytes: number[]; ms: number[] }>,
): Promise<void> {
  log('typing: plain textarea, panel with 1 and with 2,000 stored');
  const [bursts, perBurst] = quick ? [2, 30] : [5, 40];
  const plain = await typeInTextarea(await profile(0), bursts, perBurst);
  const one = await typeInPanel(await profile(1), bursts, perBurst);
  const many = await typeInPanel(await profile(2000), bursts, perBurst);
  results.typing = { plain: plain.keys, one, many };
  rows.push(
    ratioRow('4. Keystroke → next frame p50 (2,000 stored)', 'ms', percentile(many.keys, 50), percentile(plain.keys, 50)),
  );
  rows.push(
    ratioRow(
      '4. Keystroke → next frame p95 (2,000 stored)',
      'ms',
      percentile(many.keys, 95),
      percentile(plain.keys, 95),
      budget('keystrokeP95Ratio'),
    ),
  );
  rows.push(ratioRow('4. Keystroke → next frame p95 (1 stored)', 'ms', percentile(one.keys, 95), percentile(plain.keys, 95)));
  if (!want(5)) return;

  const interviewWrites = (t: Typing) => t.writes.filter((w) => w.keys.some((k) => k.startsWith('interview:')));
  const perKey = (t: Typing) => interviewWrites(t).reduce((sum, w) => sum + w.bytes, 0) / t.typed;
  const writeMs = (t: Typing) => median(interviewWrites(t).map((w) => w.ms));
  // The record as it ends up: the seeded one plus what was typed.
  const record = (seeded[2000]?.largestBytes ?? Number.NaN) + perBurst * bursts;
  rows.push(
    ratioRow(
      '5. Bytes written per keystroke (2,000 stored)',
      'B',
      perKey(many),
      record,
      budget('bytesPerKeystrokeVsRecord'),
      ' record',
    ),
  );
  rows.push(ratioRow('5. Bytes written per keystroke, 2,000 vs 1 stored', 'B', perKey(many), perKey(one)));
  rows.push(ratioRow('5. Write time, 2,000 vs 1 stored', 'ms', writeMs(many), writeMs(one), budget('writeTime2000vs1Ratio')));
  // Not typed: see ONE_KEY_METHOD.
  const oneKeyOne = oneKey[1] as { bytes: number[]; ms: number[] };
  const oneKeyMany = oneKey[2000] as { bytes: number[]; ms: number[] };
  rows.push(
    ratioRow(
      '5. One-key layout, direct set (not typed): bytes per write, 2,000 vs 1',
      'B',
      median(oneKeyMany.bytes),
      median(oneKeyOne.bytes),
    ),
  );
  rows.push(
    ratioRow(
      '5. One-key layout, direct set (not typed): time per write, 2,000 vs 1',
      'ms',
      median(oneKeyMany.ms),
      median(oneKeyOne.ms),
    ),
  );
}

/**
 * Figure 5, the first write of a browser session. Chrome counts storage.local's
 * bytes on the first write, reading every stored value first; the service
 * worker has that count made WARM_UP_DELAY_MS after the browser starts
 * (lib/platform/storage-warm-up.ts). So: one character typed as soon as the
 * panel is up (before the warm-up), and one typed 3 s after it.
 */
export async function firstWrites(profile: Profiles): Promise<void> {
  // 5: three gave a ratio of 1.27× from medians of 22 and 28 ms, two single samples apart.
  const launches = quick ? 1 : 5;
  const after = WARM_UP_DELAY_MS + 3_000;
  const scenarios = [
    { name: 'early-1', dir: await profile(1), wait: 0 },
    { name: 'early-2000', dir: await profile(2000), wait: 0 },
    { name: 'after-1', dir: await profile(1), wait: after },
    { name: 'after-2000', dir: await profile(2000), wait: after },
  ];
  const out: Record<string, FirstWrite[]> = Object.fromEntries(scenarios.map((s) => [s.name, []]));
  for (let r = 0; r < launches; r += 1) {
    log(`first write of a browser session, round ${r + 1} of ${launches}`);
    for (const s of scenarios) out[s.name]?.push(await firstWrite(s.dir, s.wait));
  }
  results.firstWrite = { warmUpDelayMs: WARM_UP_DELAY_MS, ...out };
  // An "early" key pressed after the warm-up could have started measures the warm-up, not the lazy count.
  const late = [...(out['early-1'] ?? []), ...(out['early-2000'] ?? [])].filter((w) => w.atMs >= WARM_UP_DELAY_MS);
  if (late.length > 0) log(`warning: ${late.length} early first write(s) came ${WARM_UP_DELAY_MS} ms or more after launch`);
  const ms = (name: string) => median((out[name] ?? []).map((w) => w.ms));
  rows.push(
    ratioRow(
      '5. First write after browser start, at once, 2,000 vs 1',
      'ms',
      ms('early-2000'),
      ms('early-1'),
      budget('firstWriteAtOnce2000vs1Ratio'),
    ),
    ratioRow(
      `5. First write after browser start, at ${after / 1000} s, 2,000 vs 1`,
      'ms',
      ms('after-2000'),
      ms('after-1'),
      budget('writeTime2000vs1Ratio'),
    ),
  );
}
