import { describe, expect, it } from 'vitest';
import { serverContentSecurityPolicy } from '../../src/hosting/content-security-policy.ts';
import { hostingPolicy } from '../../src/hosting/hosting-policy.ts';
import { extensionOf, iisMimeType, iisWebConfig as iisWebConfigOf } from '../../src/hosting/iis-web-config.ts';

const iisWebConfig = (files: string[]) => iisWebConfigOf(hostingPolicy('/guides/lync/', files));
const BUILD = [
  'index.html',
  'main.css',
  'page.js',
  'favicon.svg',
  'pagefind-entry.json',
  'wasm.fr.pagefind',
  'fr_4a1b.pf_fragment',
  'fr_9c.pf_index',
  'fr_1.pf_meta',
  'fr_2.pf_filter',
];

describe('web.config for IIS', () => {
  it('maps every search index file type, which IIS does not know, so that search works once the folder is copied', () => {
    const config = iisWebConfig(BUILD);
    for (const extension of ['pagefind', 'pf_fragment', 'pf_index', 'pf_meta', 'pf_filter']) {
      expect(config).toContain(`<mimeMap fileExtension=".${extension}" mimeType="application/octet-stream" />`);
    }
    expect(config).toContain('<mimeMap fileExtension=".json" mimeType="application/json" />');
    expect(config).toContain('<mimeMap fileExtension=".svg" mimeType="image/svg+xml" />');
  });

  it('removes each type before mapping it, since mapping one the server already has breaks the site', () => {
    const config = iisWebConfig(BUILD);
    const lines = config.split('\n').map((line) => line.trim());
    for (const [index, line] of lines.entries()) {
      const mapped = /^<mimeMap fileExtension="([^"]+)"/.exec(line);
      if (mapped) expect(lines[index - 1]).toBe(`<remove fileExtension="${mapped[1]}" />`);
    }
  });

  it('leaves html, css and js to the server, and lists each extension once', () => {
    const config = iisWebConfig([...BUILD, 'other.html', 'Second.PAGEFIND']);
    expect(config).not.toMatch(/fileExtension="\.(html|css|js)"/);
    expect(config.match(/<mimeMap fileExtension="\.pagefind"/g)).toHaveLength(1);
  });

  it('sends the strict Content-Security-Policy and nosniff, and keeps out the sections a default IIS locks', () => {
    const config = iisWebConfig(BUILD);
    expect(config).toContain(`<add name="Content-Security-Policy" value="${serverContentSecurityPolicy()}" />`);
    expect(config).toContain('<add name="X-Content-Type-Options" value="nosniff" />');
    expect(config).toContain('<add name="Referrer-Policy" value="same-origin" />');
    expect(config).toContain('<add value="index.html" />');
    // httpErrors, handlers and modules are locked at server level by default: in web.config they give HTTP 500.19.
    expect(config).not.toMatch(/<(httpErrors|handlers|modules)\b/);
  });

  it('revalidates every file but the hashed folders, which are kept a year', () => {
    const config = iisWebConfig(BUILD);
    expect(config).toMatch(/<system\.webServer>\s*<staticContent>\s*<clientCache cacheControlMode="DisableCache" \/>/);
    expect(config).toMatch(
      /<location path="_astro">\s*<system\.webServer>\s*<staticContent>\s*<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365\.00:00:00" cacheControlCustom="public, immutable" \/>/,
    );
    expect(config).toContain('<location path="pagefind/fragment">');
  });

  it('is balanced XML: every element opened is closed in order', () => {
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of iisWebConfig(BUILD).matchAll(/<(\/?)([A-Za-z]+)\b[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it('reads extensions from file names, ignoring names without one', () => {
    expect(extensionOf('wasm.en.pagefind')).toBe('pagefind');
    expect(extensionOf('README')).toBeUndefined();
    expect(extensionOf('.hidden')).toBeUndefined();
    expect(iisMimeType('woff2')).toBe('font/woff2');
    expect(iisMimeType('css')).toBeUndefined();
  });
});
