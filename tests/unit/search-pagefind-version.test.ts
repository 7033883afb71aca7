import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGEFIND_VERSION } from '../../src/components/search/client/pagefind-client.ts';

const json = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('the Pagefind version the search code is written for', () => {
  it('is pinned exactly in package.json and is the one installed', () => {
    const pkg = json('../../package.json') as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['pagefind']).toBe(PAGEFIND_VERSION);
    expect(json('../../node_modules/pagefind/package.json')['version']).toBe(PAGEFIND_VERSION);
  });
});
