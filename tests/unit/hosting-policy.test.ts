import { describe, expect, it } from 'vitest';
import { apacheHtaccess } from '../../src/hosting/apache-htaccess.ts';
import { serverContentSecurityPolicy } from '../../src/hosting/content-security-policy.ts';
import { cacheControlOf, hostingPolicy, IMMUTABLE, mimeTypeOf, REVALIDATE } from '../../src/hosting/hosting-policy.ts';
import { iisWebConfig } from '../../src/hosting/iis-web-config.ts';
import { nginxConf, nginxServerLines } from '../../src/hosting/nginx-conf.ts';

const BUILD = [
  'index.html',
  'fr/index.html',
  '_astro/page.AbC123.js',
  '_astro/main.X1.css',
  'favicon.svg',
  'team.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.fr.pagefind',
  'pagefind/fragment/fr_4a1b.pf_fragment',
  'pagefind/index/fr_9c.pf_index',
  'pagefind/pagefind.fr_1.pf_meta',
  'pagefind/filter/fr_2.pf_filter',
  'web.config',
  '.htaccess',
  'nginx.conf',
];
const policy = hostingPolicy('/guides/lync/', BUILD);

describe('the hosting policy, the one source of the three server files', () => {
  it('maps every extension of the build, and not the server files themselves', () => {
    const extensions = policy.mimeTypes.map(([extension]) => extension);
    expect(extensions).toEqual([
      'css',
      'html',
      'js',
      'json',
      'pagefind',
      'pf_filter',
      'pf_fragment',
      'pf_index',
      'pf_meta',
      'svg',
    ]);
    expect(mimeTypeOf('pf_fragment')).toBe('application/octet-stream');
    expect(mimeTypeOf('unheard-of')).toBe('application/octet-stream');
  });

  it('keeps the content-hashed folders a year and revalidates pages, team.json and the search entry points', () => {
    for (const file of [
      '_astro/page.AbC123.js',
      'pagefind/fragment/fr_4a1b.pf_fragment',
      'pagefind/index/fr_9c.pf_index',
      'pagefind/filter/fr_2.pf_filter',
    ]) {
      expect(cacheControlOf(file), file).toBe(IMMUTABLE);
    }
    for (const file of [
      'index.html',
      'fr/index.html',
      'team.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.fr.pagefind',
      'favicon.svg',
    ]) {
      expect(cacheControlOf(file), file).toBe(REVALIDATE);
    }
  });

  it('sends the strict CSP with base-uri, form-action and frame-ancestors, nosniff and same-origin referrers', () => {
    expect(Object.fromEntries(policy.headers.map((header) => [header.name, header.value]))).toEqual({
      'Content-Security-Policy': serverContentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
    });
    expect(serverContentSecurityPolicy()).toMatch(
      /^default-src 'self'; .*; base-uri 'self'; form-action 'self'; frame-ancestors 'self'$/,
    );
  });

  it('writes the same headers, types and 404 page into the three files', () => {
    const files = { iis: iisWebConfig(policy), apache: apacheHtaccess(policy), nginx: nginxConf(policy) };
    for (const [server, text] of Object.entries(files)) {
      expect(text, server).toContain(serverContentSecurityPolicy());
      expect(text, server).toContain('same-origin');
      expect(text, server).toContain('nosniff');
      expect(text, server).toContain('pf_fragment');
    }
    expect(files.apache).toContain('ErrorDocument 404 /guides/lync/404.html');
    expect(files.apache).toContain('DirectoryIndex index.html');
    expect(files.apache).toContain('AddType application/octet-stream .pagefind');
    expect(files.apache).toContain(
      '<If "%{REQUEST_URI} =~ m#^/guides/lync/(?:_astro|pagefind/fragment|pagefind/index|pagefind/filter)/#">',
    );
    expect(files.nginx).toContain('error_page 404 /guides/lync/404.html;');
    expect(files.nginx).toContain('index index.html;');
    expect(files.nginx).toContain('application/octet-stream pagefind pf_filter pf_fragment pf_index pf_meta;');
    expect(files.nginx).toContain('location /guides/lync/_astro/ {');
  });

  it('repeats the security headers in each nested nginx location, where nginx would drop them', () => {
    const nested = nginxConf(policy)
      .split(/^location /m)
      .slice(1);
    expect(nested.length).toBe(policy.immutable.length);
    for (const block of nested) expect(block).toContain('add_header Content-Security-Policy');
  });

  it('gives the nginx lines an administrator writes, with the redirect of the base path without its slash', () => {
    expect(nginxServerLines('/guides/lync/', '/srv/www/guide')).toEqual([
      'location = /guides/lync { return 301 /guides/lync/; }',
      'location /guides/lync/ {',
      '    alias /srv/www/guide/;',
      '    include /srv/www/guide/nginx.conf;',
      '}',
    ]);
    expect(nginxServerLines('/', '/srv/www/guide/')[0]).toBe('location / {');
  });
});
