/**
 * `npm run pdf`: the guide as PDF books, `guide-<lang>.pdf` for every language, printed by Chromium from
 * the built site's `/{lang}/print/` pages, A4 (`--letter` for US Letter), with bookmarks from the headings.
 * Needs a built site (`npm run build`) and a Chromium (see scripts/browser.ts); not part of the build.
 *
 *   npm run build && npm run pdf                 # guide-fr.pdf, guide-en.pdf in the current folder
 *   node scripts/pdf.ts [dir] [--letter] [--out <folder>]
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { langs } from '../src/i18n/locales.ts';
import { printBook } from './book-pdf.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { builtBase } from './built-site.ts';
import { freePort } from './web-servers.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = resolve(outFlag >= 0 ? (args[outFlag + 1] ?? '.') : '.');
const dir = resolve(args.find((arg, index) => !arg.startsWith('--') && index !== outFlag + 1) ?? 'dist');
const format = args.includes('--letter') ? 'Letter' : 'A4';

let base: string;
try {
  base = builtBase(dir);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('npm run pdf needs Chromium: run "node scripts/ensure-browser.ts", or set CHROMIUM_PATH.');
  process.exit(1);
}

const port = await freePort();
const server = spawn(process.execPath, [new URL('./serve.ts', import.meta.url).pathname, dir, '--port', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, BASE_PATH: base },
});
const siteUrl = `http://127.0.0.1:${port}${base}`;
try {
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(siteUrl);
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (const lang of langs) {
      const file = join(out, `guide-${lang}.pdf`);
      const pdf = await printBook(browser, siteUrl, lang, format);
      writeFileSync(file, pdf);
      console.log(`${file} (${format}, ${(pdf.length / 1024).toFixed(0)} kB)`);
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}
