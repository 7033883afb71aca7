/**
 * The URL a language's instance of pagefind.js is imported from: the fragment gives each language its own
 * module instance (see pagefind-client.ts). site-search.ts starts the same import when the reader focuses
 * the field, alongside the search code, so that both arrive in one round trip.
 */
export function pagefindModuleUrl(bundleUrl: string, lang: string): string {
  return `${bundleUrl}pagefind.js#${lang}`;
}
