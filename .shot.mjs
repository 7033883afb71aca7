import { chromium } from 'playwright';
const [url, out, w, h, full, anchor] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w || 1280, height: +h || 900 } });
await p.goto(url); await p.waitForTimeout(500);
if (anchor) { await p.locator(anchor).first().scrollIntoViewIfNeeded(); await p.waitForTimeout(200); }
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
