import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { markupErrors } from '../../scripts/vnu.ts';

const DIST = new URL('../../dist-e2e/', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test.describe('markup every browser parses the same way', () => {
  // One Java process checks every page; on a loaded 2-core machine it needs about a minute.
  test.setTimeout(300_000);

  test('every built page passes the Nu HTML Checker with no error', () => {
    const files = htmlFiles(DIST);
    // Both languages' homes, phases, sheets and glossaries, the root and the 404 page (the example guide has 20).
    expect(files.length).toBeGreaterThan(10);
    const errors = markupErrors(files).map(
      (error) => `${error.file.replace(DIST, '')}:${error.line ?? '?'}: ${error.message}\n    ${error.extract}`,
    );
    expect(errors).toEqual([]);
  });
});
