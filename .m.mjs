import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [url, width] of [[process.argv[2], 1280], [process.argv[2], 375]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url);
  const r = await page.evaluate(() => {
    const out = [];
    for (const h of document.querySelectorAll('.prose h3, .prose h2')) {
      const m = /^Étapes? (\d+\.\d+)|^Steps? (\d+\.\d+)/.exec(h.textContent.trim());
      if (!m) continue;
      const n = m[1] ?? m[2];
      const num = [...document.querySelectorAll('.checklist-number')].find((e) => e.textContent.trim() === n);
      out.push([n, Math.round(num.getBoundingClientRect().top - h.getBoundingClientRect().top)]);
    }
    return { height: document.documentElement.scrollHeight, max: Math.max(...out.map((x) => x[1])), out };
  });
  console.log(width, r.height, 'max heading→checkbox', r.max, JSON.stringify(r.out));
  await page.close();
}
await browser.close();
