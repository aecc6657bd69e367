/**
 * axe-core run inside the built extension's own pages: its source is
 * evaluated over CDP (the pages' CSP, `script-src 'self'`, would refuse a
 * script tag), then `axe.run` audits the document as it is. Each screen is
 * audited in light and dark (emulated `prefers-color-scheme`) at 360 and
 * 320 px, the panel's usual width and its narrowest.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const schemes = ['light', 'dark'] as const;
export const widths = [360, 320] as const;

/** What axe found, flattened to what a reader needs to fix it. */
export interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** axe's own explanation for the first node (e.g. the colours and the ratio). */
  summary: string;
}

/** Impacts that fail the audit; minor and moderate findings are printed, not failed. */
export const failing = new Set(['serious', 'critical']);

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/**
 * Audits the page as it is now under every scheme and width, then leaves it
 * light at 360 px. `screen` names it in the report ("step 3 · dark · 320").
 */
export async function auditScreen(page: Page, screen: string, height = 720): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const scheme of schemes) {
    for (const width of widths) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await unscroll(page, width, height);
      const result = await runAxe(page);
      for (const v of result.violations) {
        found.push({
          screen: `${screen} · ${scheme} · ${width}`,
          rule: v.id,
          impact: v.impact ?? 'unknown',
          help: v.help,
          targets: v.nodes.map((n) => n.target.map(String).join(' >> ')),
          summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        });
      }
    }
  }
  await page.setViewportSize({ width: 360, height });
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/**
 * Sets the width, then makes the viewport tall enough that nothing scrolls:
 * axe cannot tell the colours behind text hidden in a scrolled box (it reports
 * "partially obscured" and leaves its contrast unchecked), and the panel's
 * screens scroll inside `.screen`. The width is what changes the layout.
 */
async function unscroll(page: Page, width: number, height: number): Promise<void> {
  let tall = height;
  for (let i = 0; i < 4; i++) {
    await page.setViewportSize({ width, height: tall });
    // Two frames: layout and styles settle for the new size and scheme before anything is read.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const hidden = await page.evaluate(() => {
      let most = 0;
      for (const el of document.querySelectorAll('*')) {
        if (!/auto|scroll/.test(getComputedStyle(el).overflowY)) continue;
        most = Math.max(most, el.scrollHeight - el.clientHeight);
      }
      return most;
    });
    if (hidden <= 1) return;
    tall = Math.min(tall + hidden, 8000);
  }
}

async function runAxe(page: Page): Promise<AxeResult> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    // Target size (WCAG 2.2 AA, 2.5.8) is off by default in axe 4; a 320 px panel is where it matters.
    const r = await axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
    // Only what the report uses crosses back: axe's full result holds DOM references.
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  });
}

/** Every finding, one line each, failing ones marked. */
export function report(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `${failing.has(f.impact) ? '✗' : '·'} [${f.impact}] ${f.rule} on ${f.screen}: ${f.help}\n` +
        `    targets: ${f.targets.join(' | ')}\n    ${f.summary}`,
    )
    .join('\n');
}
