import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SERVER_FILES } from '../../src/hosting/hosting-policy.ts';
import { extensionOf, iisMimeType } from '../../src/hosting/iis-web-config.ts';

const DIST = new URL('../../dist-e2e/', import.meta.url);

test('the web.config built for IIS is well-formed XML, maps every file type of the site that IIS does not know, and uses no section a default IIS locks', async ({
  page,
}) => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !(SERVER_FILES as readonly string[]).includes(entry.name),
  );
  const extensions = [...new Set(files.flatMap((entry) => extensionOf(entry.name) ?? []))];
  // The server files (web.config, .htaccess, nginx.conf) are read by servers, not served.
  const unknownToIis = extensions.filter((extension) => iisMimeType(extension) !== undefined);
  expect(unknownToIis).toEqual(expect.arrayContaining(['pagefind', 'pf_index', 'pf_fragment', 'pf_meta']));

  // Parsed as IIS would: as XML, in the browser's own parser.
  await page.goto('./');
  const config = readFileSync(new URL('web.config', DIST), 'utf8');
  const parsed = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: xml.querySelector('parsererror')?.textContent ?? null,
      mapped: Object.fromEntries(
        [...xml.querySelectorAll('staticContent > mimeMap')].map((map) => [
          map.getAttribute('fileExtension'),
          map.getAttribute('mimeType'),
        ]),
      ),
      headers: [...xml.querySelectorAll('customHeaders > add')].map((header) => header.getAttribute('name')),
      sections: [
        ...new Set([...xml.querySelectorAll('system\\.webServer > *')].map((element) => element.tagName)),
      ].sort(),
      locations: [...xml.querySelectorAll('configuration > location')].map((location) => location.getAttribute('path')),
    };
  }, config);
  expect(parsed.error).toBeNull();
  for (const extension of unknownToIis)
    expect(parsed.mapped[`.${extension}`], `.${extension}`).toBe(iisMimeType(extension));
  expect(parsed.headers).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']);
  // Only sections a site's own web.config may set on a default IIS: httpErrors, handlers, modules... are locked (HTTP 500.19).
  expect(parsed.sections).toEqual(['defaultDocument', 'httpProtocol', 'staticContent']);
  expect(parsed.locations).toEqual(expect.arrayContaining(['_astro']));
});
