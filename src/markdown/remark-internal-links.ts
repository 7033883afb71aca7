/**
 * Remark plugin: links between documents, written as in the original (`phase-2-prepare-for-migration.md`,
 * `migration-process.md#anchor`), become URLs of the same language under the base path. A link to no
 * known page or section stops the build with the file, the line and the fix.
 */
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { linkTargets, readGuide } from '../content-model/site-map.ts';
import { langFromPath } from '../i18n/locales.ts';
import { resolveLink } from './link-targets.ts';

export interface InternalLinkOptions {
  /** The site's base path, such as `/` or `/guides/example/`. */
  readonly base: string;
  /** The folder of the guide's content. */
  readonly contentDir: string;
}

export function remarkInternalLinks({ base, contentDir }: InternalLinkOptions) {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path ?? '');
    if (!lang) return;
    // The guide is parsed once per build; under `astro dev`, again after an edit (readGuide), so that a
    // section added while the server runs is found without a restart.
    const targets = linkTargets(readGuide(contentDir).source, lang);
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const link = node as Link | Definition;
      const resolution = resolveLink(link.url, lang, base, targets);
      if (resolution.kind === 'resolved') link.url = resolution.href;
      else if (resolution.kind === 'unknown') {
        file.fail(
          `Link to "${resolution.target}" leads to no page or section of the guide in "${lang}". ` +
            'Link to a phase by its file name (`phase-2-prepare-for-migration.md`), or to a section by its id (`migration-process.md`, declared as `## Title \\{#migration-process\\}`).',
          link,
          'remark-internal-links:unknown-target',
        );
      }
    });
  };
}
