/** Rehype plugin: applies the punctuation rules of the document's language (see typography.ts). */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { langFromPath, locales } from '../i18n/locales.ts';
import { frenchSpacing, transformProse } from './typography.ts';

export function rehypeTypography() {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path ?? '');
    if (lang && locales[lang].punctuation === 'french') transformProse(tree, frenchSpacing);
  };
}
