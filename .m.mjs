import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const [url] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
const bodies = [];
page.on('response', (r) => {
  if (r.request().resourceType() === 'script') bodies.push(r.body().then((b) => [r.url(), b]));
});
await page.goto(url, { waitUntil: 'networkidle' });
let total = 0;
for (const [u, b] of await Promise.all(bodies)) {
  const g = gzipSync(b, { level: 9 }).length;
  total += g;
  console.log(g, u);
}
console.log('total gzip', total);
await browser.close();
