import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from './browser.ts';
import { onSeedPage, PANEL } from './measure.ts';
import { focusLongAnswer, keystrokeProbe, openAndTime, readyProbe } from './probes.ts';
import { buildAll } from './build.ts';
await buildAll({ extension: false });
const dir = mkdtempSync(path.join(tmpdir(), 'ri-dbg-'));
const count = Number(process.argv[2] ?? 1);
await onSeedPage(dir, (page) => page.evaluate((n) => (globalThis as any).bench.seed(n), count));
const b = await launch(dir);
const page = await b.page();
await page.addInitScript(readyProbe, count > 0);
await page.goto(b.url(PANEL));
await page.waitForFunction(() => ((window as any).__ready ?? 0) > 0);
const cdp = await b.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const mode = process.argv[3] ?? 'type';
if (mode === 'get') {
  for (let i = 0; i < 4; i++) console.log(await page.evaluate(async () => {
    const c = (globalThis as any).chrome.storage.local;
    let t = performance.now(); const v = await c.get('index'); const a = performance.now() - t;
    t = performance.now(); structuredClone(v.index); const s = performance.now() - t;
    t = performance.now(); const k = await c.getKeys(); const b = performance.now() - t;
    t = performance.now(); await c.get('settings'); const d = performance.now() - t;
    const first = Object.fromEntries(Object.entries(v.index.entries).slice(0, 50));
    await c.set({ 'bench-small': { schema: 2, entries: first } });
    t = performance.now(); await c.get('bench-small'); const e = performance.now() - t;
    const json = JSON.stringify(v.index);
    await c.set({ 'bench-str': json });
    t = performance.now(); const sv = await c.get('bench-str'); JSON.parse(sv['bench-str']); const f = performance.now() - t;
    await c.remove(['bench-small', 'bench-str']);
    return `index ${json.length} B; get index ${a.toFixed(1)} ms, 50-entry key ${e.toFixed(1)} ms, index as one JSON string + parse ${f.toFixed(1)} ms; clone ${s.toFixed(1)}, getKeys ${b.toFixed(1)} ms (${k.length}), get settings ${d.toFixed(1)}`;
  }));
} else if (mode === 'load') {
  await cdp.send('Profiler.start');
  const t: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(b.url(PANEL));
    await page.waitForFunction(() => ((window as any).__ready ?? 0) > 0);
    t.push(await page.evaluate(() => (window as any).__ready));
    const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0]));
    const res = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`).join(', '));
    const n = JSON.parse(nav);
    console.log('ready', Math.round(t[i]!), 'domInteractive', Math.round(n.domInteractive), 'domContentLoaded', Math.round(n.domContentLoadedEventEnd), res);
  }
  for (let i = 0; i < (count > 0 ? 0 : 3); i++) {
    await page.goto(b.url('bench/floor.html'));
    await page.waitForFunction(() => ((window as any).__ready ?? 0) > 0);
    const n = JSON.parse(await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0])));
    console.log('floor ready', Math.round(await page.evaluate(() => (window as any).__ready)), 'domInteractive', Math.round(n.domInteractive), 'dcl', Math.round(n.domContentLoadedEventEnd));
  }
} else if (mode === 'open') {
  await cdp.send('Profiler.start');
  console.log('open ms', await page.evaluate(openAndTime, ['Benchmark Largest', 10000] as [string, number]));
} else {
  await page.evaluate(openAndTime, ['Benchmark Largest', 10000] as [string, number]);
  await page.evaluate(focusLongAnswer, 10000);
  await page.evaluate(keystrokeProbe);
  await cdp.send('Profiler.start');
  await page.keyboard.type('she wants to own the rollout and learn to say no ', { delay: 30 });
  await page.waitForTimeout(500);
  const keys = await page.evaluate(() => (window as any).__keys as number[]);
  console.log('keys', keys.map((k) => Math.round(k)).join(' '));
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
(profile.samples ?? []).forEach((id, i) => {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await b.close();
