/**
 * Site URLs. Every page URL is `<base><lang>/<page>/` and ends with a slash; `base` is the site's base
 * path (`BASE_PATH`, `/` by default), always with a leading and a trailing slash.
 */

/** Normalises a base path: `guides/example` → `/guides/example/`, `` → `/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `pagePath('/g/', 'fr', 'phase-2')` → `/g/fr/phase-2/`; without a page, the language's home. */
export function pagePath(base: string, lang: string, page?: string, hash?: string): string {
  const path = page ? `${lang}/${page.replace(/^\/+|\/+$/g, '')}/` : `${lang}/`;
  return `${normalizeBase(base)}${path}${hash ? `#${hash}` : ''}`;
}

/** A file in `public/` or the build output, under the base: `assetPath('/g/', 'favicon.svg')`. */
export function assetPath(base: string, file: string): string {
  return `${normalizeBase(base)}${file.replace(/^\/+/, '')}`;
}

/**
 * The page path of a URL pathname without base and language: `/g/en/phase-2/` → `phase-2`,
 * `/g/en/` → ``. Used by the language switcher to lead to the same page in another language.
 */
export function pageOfPathname(base: string, pathname: string): { lang: string; page: string } | undefined {
  const prefix = normalizeBase(base);
  if (!pathname.startsWith(prefix)) return undefined;
  const [lang, ...rest] = pathname.slice(prefix.length).split('/').filter(Boolean);
  return lang ? { lang, page: rest.join('/') } : undefined;
}
