import { test } from 'vitest';
import { launch } from './harness';
import { Panel } from './pages/panel';
import { CANDIDATE, seedRealistic } from './realistic';

test('shot', async () => {
  const h = await launch();
  await seedRealistic(h);
  const page = await h.openPanel();
  await page.setViewportSize({ width: 360, height: 720 });
  const p = new Panel(page);
  await p.interviewItem(CANDIDATE).click();
  await page.getByRole('heading', { level: 1, name: /Step 5 of 5/ }).waitFor();
  await page.waitForTimeout(500);
  const m = await page.getByRole('main').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  console.log('MEASURE', JSON.stringify(m), await page.evaluate(() => innerHeight));
  await page.screenshot({ path: '/tmp/s5-top.png' });
  await page.screenshot({ path: '/tmp/s5-full.png', fullPage: false, clip: undefined });
  // full content: make main tall
  await page.getByRole('main').evaluate((el) => {
    (el as HTMLElement).style.overflow = 'visible';
    (el.closest('.app') as HTMLElement).style.height = 'auto';
  });
  await page.screenshot({ path: '/tmp/s5-all.png', fullPage: true });
  await h.close();
});
