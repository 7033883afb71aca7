/**
 * The guide's Markdown pipeline, defined once: the remark and rehype plugins the build gives Astro
 * (astro.config.mjs). It starts with the heading plugins (heading-plugins.ts), which the content reader
 * (src/checks/mdx-source.ts) runs too, so that an anchor is the same for the build, `npm run check`
 * and every tool.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { headingRehypePlugins, headingRemarkPlugins } from './heading-plugins.ts';
import { readCommandVocabulary } from '../commands/read.ts';
import { rehypeCodeBlocks } from './rehype-code-blocks.ts';
import { rehypeParameters } from './rehype-parameters.ts';
import { rehypeInterfaceLabels } from './rehype-interface-labels.ts';
import { rehypeCommandLinks } from './rehype-command-links.ts';
import { rehypeTables } from './rehype-tables.ts';
import { remarkAlerts } from './remark-alerts.ts';
import { remarkChecklistHeadingLevel } from './remark-checklist-heading-level.ts';
import { remarkInternalLinks } from './remark-internal-links.ts';
import { remarkWindowMarks } from './remark-window-marks.ts';

export interface PipelineOptions {
  /** The site's base path, such as `/` or `/guides/example/`. */
  readonly base: string;
  /** The guide's content folder (src/content-dir.ts). */
  readonly contentDir: string;
}

/** Every plugin of the build, in order: the heading plugins above first, then the rest. */
export function markdownPlugins({ base, contentDir }: PipelineOptions): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [
      ...headingRemarkPlugins,
      remarkAlerts,
      remarkChecklistHeadingLevel,
      remarkWindowMarks,
      [remarkInternalLinks, { base, contentDir }],
    ],
    rehypePlugins: [
      // Interface labels (`⟪id⟫`) first, so that headings and their anchors read the labels.
      [rehypeInterfaceLabels, { contentDir }],
      ...headingRehypePlugins,
      [rehypeParameters, { contentDir }],
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          test: ['h2', 'h3'],
          properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
          content: [],
        },
      ],
      // Command names link to their reference pages (<content>/commands.yaml); the copy button still copies the text.
      [rehypeCommandLinks, { vocabulary: readCommandVocabulary(contentDir) }],
      rehypeCodeBlocks,
      rehypeTables,
    ],
  };
}
