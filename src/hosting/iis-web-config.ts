/**
 * The `web.config` written at the root of the build (from the hosting policy, hosting-policy.ts), so that
 * the site works when copied as it is into an IIS site or virtual directory. IIS answers 404 for any file
 * extension it has no MIME type for, and the search index's files (`.pagefind`, `.pf_index`, ...) are
 * unknown to it: without this file, search fails.
 *
 * Only sections that IIS lets a site's own `web.config` set by default are used (`staticContent`,
 * `defaultDocument`, `httpProtocol`, and `location` for a folder's cache). The custom 404 page is not:
 * `httpErrors` is locked at server level on a default IIS, and a locked section in `web.config` breaks the
 * whole site (HTTP 500.19). README.md says how to set it on the server.
 */
import { mimeTypeOf, type HostingPolicy } from './hosting-policy.ts';

export { extensionOf } from './hosting-policy.ts';

/** Extensions every IIS version serves with the right type: left to the server's own table. */
const KNOWN_TO_IIS = new Set(['html', 'htm', 'css', 'js', 'txt', 'png', 'jpg', 'jpeg', 'gif', 'ico', 'xml']);

/** The MIME type mapped in `web.config` for an extension, or undefined where IIS's own is right. */
export function iisMimeType(extension: string): string | undefined {
  return KNOWN_TO_IIS.has(extension) ? undefined : mimeTypeOf(extension);
}

const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** `public, max-age=31536000, immutable` → IIS's clientCache attributes. */
function clientCache(cacheControl: string): string {
  const maxAge = /max-age=(\d+)/.exec(cacheControl)?.[1];
  if (!maxAge) return '<clientCache cacheControlMode="DisableCache" />';
  const days = Math.floor(Number(maxAge) / 86_400);
  const custom = cacheControl
    .split(',')
    .map((part) => part.trim())
    .filter((part) => !part.startsWith('max-age'))
    .join(', ');
  return `<clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="${days}.00:00:00" cacheControlCustom="${escapeAttribute(custom)}" />`;
}

/** The `web.config` for a build, from its hosting policy. */
export function iisWebConfig(policy: HostingPolicy): string {
  const mapped = policy.mimeTypes.flatMap(([extension]) => {
    const type = iisMimeType(extension ?? '');
    if (!type) return [];
    // Removing first: adding a type the server already maps is an error (HTTP 500.19).
    return [
      `      <remove fileExtension=".${extension}" />`,
      `      <mimeMap fileExtension=".${extension}" mimeType="${type}" />`,
    ];
  });
  const headers = policy.headers.flatMap((header) => [
    `        <remove name="${header.name}" />`,
    `        <add name="${header.name}" value="${escapeAttribute(header.value)}" />`,
  ]);
  const folders = policy.immutable.flatMap((rule) => [
    `  <!-- ${rule.why} -->`,
    `  <location path="${rule.folder.replace(/\/$/, '')}">`,
    '    <system.webServer>',
    '      <staticContent>',
    `        ${clientCache(rule.cacheControl)}`,
    '      </staticContent>',
    '    </system.webServer>',
    '  </location>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Written by the build for IIS: the file types of the site (search needs them), its default document, its security headers and caching. The 404 page is set on the server (see HOSTING.txt). -->',
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    `      ${clientCache(policy.revalidate)}`,
    ...mapped,
    '    </staticContent>',
    '    <defaultDocument enabled="true">',
    '      <files>',
    '        <clear />',
    `        <add value="${policy.defaultDocument}" />`,
    '      </files>',
    '    </defaultDocument>',
    '    <httpProtocol>',
    '      <customHeaders>',
    ...headers,
    '      </customHeaders>',
    '    </httpProtocol>',
    '  </system.webServer>',
    ...folders,
    '</configuration>',
    '',
  ].join('\n');
}
