import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../src/checks/built-site.ts';

const dir = fileURLToPath(new URL('./fixtures/built-site/', import.meta.url));
const shown = relative(process.cwd(), dir).replaceAll('\\', '/');

describe('links of the built site, under the base path', () => {
  const { problems, fileCount } = checkBuiltSite({ dir, base: '/guides/lync/' });
  const messages = problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);

  it('checks every page', () => {
    expect(fileCount).toBe(3);
  });

  it('reports links to missing files and anchors, links outside the base path, requests to other sites and repeated ids', () => {
    expect(messages).toEqual([
      `${shown}/fr/index.html:3: "/guides/lync/_astro/missing.js" leads to no file of the built site`,
      `${shown}/fr/index.html:6: "/fr/a/" leads outside the base path /guides/lync/`,
      `${shown}/fr/index.html:7: "/guides/lync/fr/nowhere/" leads to no file of the built site`,
      `${shown}/fr/index.html:8: "a/#no-such-anchor": the page has no anchor "no-such-anchor"`,
      `${shown}/fr/index.html:10: "https://cdn.example.org/logo.png" loads from another site; the site must make no request outside itself`,
      `${shown}/fr/index.html:11: id "content" is given to two elements of the page; links to "#content" reach only the first`,
    ]);
  });

  it('accepts relative and base-path links to pages, anchors and assets, and links to other sites', () => {
    expect(problems.filter((problem) => !problem.file.endsWith('fr/index.html'))).toEqual([]);
  });

  it('judges paths against the base the site was built for', () => {
    const underRoot = checkBuiltSite({ dir, base: '/' }).problems.map((problem) => problem.message);
    expect(underRoot).toContain('"/guides/lync/fr/a/#section" leads to no file of the built site');
  });
});

describe('links of a site built with its origin (SITE_URL)', () => {
  const absolute = fileURLToPath(new URL('./fixtures/built-site-absolute/', import.meta.url));
  const messages = (site?: string) =>
    checkBuiltSite({ dir: absolute, base: '/guides/lync/', site }).problems.map((problem) => problem.message);

  it('checks absolute URLs on the site’s origin as its own pages', () => {
    expect(messages('https://intranet.example.org')).toEqual([
      '"https://intranet.example.org/guides/lync/en/" leads to no file of the built site',
    ]);
  });

  it('takes them for another site when the origin is not the site’s', () => {
    expect(messages()).toContain(
      '"https://intranet.example.org/guides/lync/fr/" loads from another site; the site must make no request outside itself',
    );
    expect(messages('https://other.example.org')).toContain(
      '"https://intranet.example.org/guides/lync/fr/" loads from another site; the site must make no request outside itself',
    );
  });
});
