/**
 * The `nginx.conf` snippet written at the root of the build (from the hosting policy, hosting-policy.ts).
 * It goes inside the `location` that serves the site, after the `alias` naming where the folder was
 * copied (the build cannot know it):
 *
 *     location = /guides/runbook { return 301 /guides/runbook/; }
 *     location /guides/runbook/ {
 *         alias /srv/www/guide/;
 *         include /srv/www/guide/nginx.conf;
 *     }
 *
 * nginx drops a location's `add_header` lines wherever a nested location has its own: the security headers
 * are therefore repeated in each nested location.
 */
import type { HostingPolicy } from './hosting-policy.ts';

const quote = (value: string): string => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** The lines an administrator writes in a `server` block to serve a site copied to `folder`. */
export function nginxServerLines(base: string, folder: string): string[] {
  const root = folder.endsWith('/') ? folder : `${folder}/`;
  return [
    ...(base === '/' ? [] : [`location = ${base.replace(/\/$/, '')} { return 301 ${base}; }`]),
    `location ${base} {`,
    `    alias ${root};`,
    `    include ${root}nginx.conf;`,
    '}',
  ];
}

export function nginxConf(policy: HostingPolicy): string {
  const security = policy.headers.map((header) => `add_header ${header.name} ${quote(header.value)} always;`);
  const types = [...Map.groupBy(policy.mimeTypes, ([, type]) => type)].map(
    ([type, entries]) => `    ${type} ${entries.map(([extension]) => extension).join(' ')};`,
  );
  return [
    '# Written by the build for nginx: the file types of the site (search needs them), its default document',
    '# and 404 page, its security headers and caching. Include it in the location serving the site:',
    '#',
    ...nginxServerLines(policy.base, '/srv/www/guide/').map((line) => `#     ${line}`),
    '#',
    '# (with the folder this file was copied to in place of /srv/www/guide/). See HOSTING.txt.',
    '',
    `index ${policy.defaultDocument};`,
    `error_page 404 ${policy.base}${policy.notFoundPage};`,
    '# Redirects (a folder without its final slash) stay relative: right behind a TLS-terminating proxy too.',
    'absolute_redirect off;',
    '',
    '# Every file type of the site',
    'types {',
    ...types,
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    // text/html is always in the list: naming it again is a warning.
    `charset_types ${policy.textTypes.filter((type) => type !== 'text/html').join(' ')};`,
    '',
    '# Security headers, on every response (error pages included)',
    ...security,
    '',
    '# Caching: revalidated on every use, except files named by the hash of their content',
    // `always`: the 404 page is revalidated too.
    `add_header Cache-Control ${quote(policy.revalidate)} always;`,
    ...policy.immutable.flatMap((rule) => [
      `# ${rule.why}`,
      `location ${policy.base}${rule.folder} {`,
      ...security.map((line) => `    ${line}`),
      `    add_header Cache-Control ${quote(rule.cacheControl)};`,
      '}',
    ]),
    '',
  ].join('\n');
}
