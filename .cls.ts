import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '/work/wt/i16/scripts/browser.ts';
const [base] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [w, h] of [
  [412, 823],
  [1350, 940],
]) {
  for (const p of ['fr/', 'en/phase-4-move-test-users-to-the-pilot-pool/', 'fr/glossary/', 'en/checklists/']) {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as any).shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[])
          (window as any).shifts.push({
            value: e.value,
            t: Math.round(e.startTime),
            src: e.sources.map(
              (s: any) =>
                (s.node?.nodeName ?? '') +
                '.' +
                (s.node?.className ?? '') +
                ' ' +
                JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height]),
            ),
          });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as any).shifts);
    console.log(w, p, shifts.reduce((s: number, e: any) => s + e.value, 0).toFixed(4), JSON.stringify(shifts));
    await context.close();
  }
}
await browser.close();
