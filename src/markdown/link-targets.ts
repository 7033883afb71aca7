/**
 * Resolves the links authors write between documents. Written in the original document's form
 * (`phase-2-prepare-for-migration.md`, `check-dns.md`, optionally with `#anchor`),
 * a link leads to the page of that slug, or to the section with that id (see heading-ids.ts) in the page
 * that holds it, in the same language and under the base path.
 */
import { pagePath } from '../utils/paths.ts';

export interface LinkTargets {
  /** Slugs of the pages of this language (phase documents and the guide's own pages such as `glossary`). */
  readonly pages: ReadonlySet<string>;
  /** Explicit section id → slug of the page that holds it, for this language. */
  readonly sections: ReadonlyMap<string, string>;
}

export type LinkResolution =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'resolved'; readonly href: string; readonly page: string; readonly hash: string | undefined }
  | { readonly kind: 'unknown'; readonly target: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Is this href a link to another document of the guide, written as a relative path? */
export function isDocumentLink(href: string): boolean {
  return href !== '' && !SCHEME.test(href) && !href.startsWith('#') && !href.startsWith('/') && !href.startsWith('//');
}

export function resolveLink(href: string, lang: string, base: string, targets: LinkTargets): LinkResolution {
  if (!isDocumentLink(href)) return { kind: 'unchanged' };
  const [path = '', hash] = href.split('#', 2) as [string, string | undefined];
  const name = path
    .replace(/\/+$/, '')
    .replace(/\.mdx?$/, '')
    .replace(/^(?:\.\/)+/, '');
  if (name.includes('/')) return { kind: 'unknown', target: href };
  if (targets.pages.has(name)) {
    return { kind: 'resolved', href: pagePath(base, lang, name, hash), page: name, hash };
  }
  const page = targets.sections.get(name);
  if (page) {
    const anchor = hash || name;
    return { kind: 'resolved', href: pagePath(base, lang, page, anchor), page, hash: anchor };
  }
  return { kind: 'unknown', target: href };
}
