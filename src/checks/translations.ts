/**
 * Outdated translations, as warnings: where a version of a document (phase or home) has an earlier
 * `updated` date than another language's version, it may not reflect the latest changes. The page shows
 * a notice (see src/utils/translations.ts); the build passes.
 */
import { newerVersion } from '../utils/translations.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { languageName } from './language-name.ts';
import { warning, type Problem } from './problem.ts';
import { updatedDay } from './raw-data.ts';

export function checkTranslationDates(source: GuideSource): Problem[] {
  const groups = new Map<string, MdxDocument[]>();
  for (const document of [...source.homes, ...source.phases]) {
    const key = `${document.kind}/${document.slug}`;
    groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  return [...groups.values()].flatMap((versions) => {
    const days = new Map(
      versions.flatMap((version) => {
        const day = updatedDay(version.frontmatter?.data);
        return day === undefined ? [] : [[version.lang, day] as const];
      }),
    );
    return versions.flatMap((version) => {
      const newer = newerVersion(version.lang, days);
      const newest = versions.find((other) => other.lang === newer);
      if (!newer || !newest) return [];
      return [
        warning(
          { file: version.file, line: version.frontmatter?.lineOf(['updated']), field: 'updated' },
          `this translation may be out of date: updated ${days.get(version.lang)}, but the ${languageName(newer)} version (${newest.file}) was updated ${days.get(newer)}; the page says so to its readers`,
          `bring this version up to date with the ${languageName(newer)} one, then set "updated" to ${days.get(newer)} or later`,
        ),
      ];
    });
  });
}
