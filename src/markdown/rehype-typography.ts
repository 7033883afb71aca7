/** Rehype plugin: applies the punctuation rules of the document's language (see typography.ts). */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { langFromPath, locales, type Lang } from '../i18n/locales.ts';
import { frenchSpacing, transformProse } from './typography.ts';

/** The punctuation rules of `lang`, applied to a hast tree; also used for Markdown kept in data files. */
export function applyPunctuation(tree: Root, lang: Lang): void {
  if (locales[lang].punctuation === 'french') transformProse(tree, frenchSpacing);
}

export function rehypeTypography() {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path ?? '');
    if (lang) applyPunctuation(tree, lang);
  };
}
