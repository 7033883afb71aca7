import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(process.argv[2]);
  console.log(width, await page.evaluate(() => document.documentElement.scrollHeight), await page.evaluate(() => document.querySelectorAll('.checklist-group').length));
  await page.close();
}
await browser.close();
