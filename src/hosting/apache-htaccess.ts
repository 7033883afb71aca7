/**
 * The `.htaccess` written at the root of the build (from the hosting policy, hosting-policy.ts), read by
 * Apache httpd where the site's folder allows it (`AllowOverride FileInfo Indexes`, or `All`); it needs
 * `mod_headers` (`a2enmod headers`), `mod_mime` and `mod_dir` (on by default). The same lines can go in a
 * `<Directory>` block of the server's configuration instead.
 */
import type { HostingPolicy } from './hosting-policy.ts';

const quote = (value: string): string => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

export function apacheHtaccess(policy: HostingPolicy): string {
  const textExtensions = policy.mimeTypes
    .filter(([, type]) => policy.textTypes.includes(type))
    .map(([extension]) => `.${extension}`);
  const cacheGroups = [...new Set(policy.immutable.map((rule) => rule.cacheControl))];
  return [
    '# Written by the build for Apache httpd: the file types of the site (search needs them), its default',
    '# document and 404 page, its security headers and caching. Needs mod_headers ("a2enmod headers") and',
    '# "AllowOverride FileInfo Indexes" (or "All") for this folder. See HOSTING.txt.',
    '',
    `DirectoryIndex ${policy.defaultDocument}`,
    `ErrorDocument 404 ${policy.base}${policy.notFoundPage}`,
    '',
    '# Every file type of the site',
    ...policy.mimeTypes.map(([extension, type]) => `AddType ${type} .${extension}`),
    ...(textExtensions.length > 0 ? [`AddCharset utf-8 ${textExtensions.join(' ')}`] : []),
    '',
    '# Security headers, on every response (error pages included)',
    ...policy.headers.map((header) => `Header always set ${header.name} ${quote(header.value)}`),
    '',
    '# Caching: revalidated on every use, except files named by the hash of their content',
    `Header set Cache-Control ${quote(policy.revalidate)}`,
    ...cacheGroups.flatMap((cacheControl) => {
      const matching = policy.immutable.filter((rule) => rule.cacheControl === cacheControl);
      const alternatives = matching.map((rule) => escapeRegExp(rule.folder.replace(/\/$/, ''))).join('|');
      return [
        `# ${matching.map((rule) => `${rule.folder}: ${rule.why}`).join('; ')}`,
        `<If "%{REQUEST_URI} =~ m#^${escapeRegExp(policy.base)}(?:${alternatives})/#">`,
        `  Header set Cache-Control ${quote(cacheControl)}`,
        '</If>',
      ];
    }),
    '',
  ].join('\n');
}
