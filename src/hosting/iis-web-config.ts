/**
 * The `web.config` written at the root of the build, so that the site works when copied as it is into an
 * IIS site or virtual directory. IIS answers 404 for any file extension it has no MIME type for, and the
 * search index's files (`.pagefind`, `.pf_index`, ...) are unknown to it: without this file, search fails.
 *
 * Only sections that IIS lets a site's own `web.config` set by default are used (`staticContent`,
 * `defaultDocument`, `httpProtocol`). The custom 404 page is not: `httpErrors` is locked at server level
 * on a default IIS, and a locked section in `web.config` breaks the whole site (HTTP 500.19). README.md
 * says how to set it on the server.
 */
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/** Extensions every IIS version serves with the right type: left to the server's own table. */
const KNOWN_TO_IIS = new Set(['html', 'htm', 'css', 'js', 'txt', 'png', 'jpg', 'jpeg', 'gif', 'ico', 'xml']);

/** Types for extensions some IIS versions lack; any other extension is served as bytes. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  mjs: 'text/javascript',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  avif: 'image/avif',
  wasm: 'application/wasm',
  woff: 'font/woff',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
  pdf: 'application/pdf',
};
const BYTES = 'application/octet-stream';

/** The extension of a file name, lower case and without its dot (`wasm.fr.pagefind` → `pagefind`). */
export function extensionOf(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : undefined;
}

/** The MIME type mapped in `web.config` for an extension, or undefined where IIS's own is right. */
export function iisMimeType(extension: string): string | undefined {
  return KNOWN_TO_IIS.has(extension) ? undefined : (MIME_TYPES[extension] ?? BYTES);
}

const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The `web.config` for a build holding files of these names (extensions are enough). */
export function iisWebConfig(fileNames: Iterable<string>): string {
  const extensions = [...new Set([...fileNames].flatMap((name) => extensionOf(name) ?? []))].sort();
  const mapped = extensions.flatMap((extension) => {
    const type = iisMimeType(extension);
    if (!type) return [];
    // Removing first: adding a type the server already maps is an error (HTTP 500.19).
    return [
      `      <remove fileExtension=".${extension}" />`,
      `      <mimeMap fileExtension=".${extension}" mimeType="${type}" />`,
    ];
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Written by the build for IIS: the file types of the site (search needs them), its default document and its security headers. -->',
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    ...mapped,
    '    </staticContent>',
    '    <defaultDocument enabled="true">',
    '      <files>',
    '        <clear />',
    '        <add value="index.html" />',
    '      </files>',
    '    </defaultDocument>',
    '    <httpProtocol>',
    '      <customHeaders>',
    '        <remove name="Content-Security-Policy" />',
    `        <add name="Content-Security-Policy" value="${escapeAttribute(CONTENT_SECURITY_POLICY)}" />`,
    '        <remove name="X-Content-Type-Options" />',
    '        <add name="X-Content-Type-Options" value="nosniff" />',
    '      </customHeaders>',
    '    </httpProtocol>',
    '  </system.webServer>',
    '</configuration>',
    '',
  ].join('\n');
}
