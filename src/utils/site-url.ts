/**
 * The site's origin (`SITE_URL`, optional): when it is given, pages name their other-language versions
 * (hreflang alternates) by absolute URLs, as search engines and Lighthouse expect; without it, by paths
 * from the root (`/guides/runbook/en/…`), which browsers follow alike.
 */

/** `https://intranet.example.org` from SITE_URL, or undefined when unset; a clear error when malformed. */
export function siteOrigin(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`SITE_URL: expected the site's origin, such as https://intranet.example.org, got "${trimmed}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `SITE_URL: expected an http or https origin, such as https://intranet.example.org, got "${trimmed}"`,
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `SITE_URL: expected the origin only, such as ${url.origin} (the path goes in BASE_PATH), got "${trimmed}"`,
    );
  }
  return url.origin;
}

/** A root-relative path made absolute on the site's origin, when there is one. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
