import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/hosting/content-security-policy.ts';
import { CHECKLIST_PHASE } from './checklist-helpers.ts';
import { watchPage } from './site-helpers.ts';

const DIST = new URL('../../dist-e2e/', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test.describe('strict Content-Security-Policy and no outside requests', () => {
  test('no built page holds an inline script but the one the policy allows by its hash, nor any style element or attribute', () => {
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const found: string[] = [];
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, attributes = '', body = ''] = match;
        const isData = /type="application\/(?:ld\+)?json"/.test(attributes);
        const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
        if (body.trim() !== '' && !isData && !CONTENT_SECURITY_POLICY.includes(hash))
          found.push(`inline script not allowed by the CSP in ${file}`);
      }
      if (/<style[\s>]/.test(html)) found.push(`<style> in ${file}`);
      if (/\sstyle=/.test(html)) found.push(`style attribute in ${file}`);
      if (/\son[a-z]+="/.test(html)) found.push(`inline event handler in ${file}`);
      return found;
    });
    expect(offenders).toEqual([]);
  });

  for (const path of ['./', 'fr/', 'en/', `fr/${CHECKLIST_PHASE}/`, 'en/glossary/', 'en/missing-page/']) {
    test(`${path} loads with no CSP violation, no outside request and no error`, async ({ page, baseURL }) => {
      const watch = await watchPage(page, new URL(baseURL!).origin);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(watch.violations).toEqual([]);
      expect(watch.outside).toEqual([]);
      expect(watch.errors.filter((error) => !error.includes('404'))).toEqual([]);
    });
  }
});
