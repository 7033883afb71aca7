/**
 * Link resolution for Markdown kept outside MDX bodies (checklist labels, glossary definitions): the same
 * rules as the MDX link plugin, and the same clear error for a link that leads nowhere.
 */
import { contentDir } from '../content-dir.ts';
import { linkTargets, readGuide } from './site-map.ts';
import type { Lang } from '../i18n/locales.ts';
import { resolveLink, type LinkTargets } from '../markdown/link-targets.ts';

const targetsByLang = new Map<Lang, LinkTargets>();

/**
 * From the site map, once per build; under `astro dev` looked up for each link (readGuide parses again
 * only after an edit), so that a section added while the server runs is found, as in MDX bodies.
 */
function targets(lang: Lang): LinkTargets {
  let found = import.meta.env.PROD ? targetsByLang.get(lang) : undefined;
  if (!found) {
    found = linkTargets(readGuide(contentDir()).source, lang);
    targetsByLang.set(lang, found);
  }
  return found;
}

/** A resolver for the links of one source; `where` names that source in error messages. */
export function hrefResolver(lang: Lang, where: string): (href: string) => string {
  return (href) => {
    const resolution = resolveLink(href, lang, import.meta.env.BASE_URL, targets(lang));
    if (resolution.kind === 'unknown') {
      throw new Error(
        `${where}: the link "${resolution.target}" leads to no page or section of the guide in "${lang}". ` +
          'Link to a phase by its file name (phase-2-prepare-for-migration.md) or to a section by its id (migration-process.md).',
      );
    }
    return resolution.kind === 'resolved' ? resolution.href : href;
  };
}
