import { chromium } from '@playwright/test';
const [,, url, out, width, full, pdf] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
await page.waitForTimeout(300);
if (pdf) { await page.pdf({ path: out, format: 'A4', landscape: true }); }
else await page.screenshot({ path: out, fullPage: full === 'full' });
const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
console.log('scrollWidth', overflow);
await browser.close();
