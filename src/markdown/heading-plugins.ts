/**
 * The plugins that decide what a heading says and which id it gets: the first plugins of the build's
 * pipeline (pipeline.ts), and all the content reader (src/checks/mdx-source.ts) runs to know a page's
 * anchors, so that the build, `npm run check` and every tool agree. Order matters: the language's
 * typography runs before the ids, so `## Étape : vérifier le pool` gets the id of its typeset text
 * (`étape-vérifier-le-pool`, the narrow no-break space dropped), as on the built page.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import { rehypeTypography } from './rehype-typography.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';

/** Remark: explicit ids (`## Title \{#id\}`). */
export const headingRemarkPlugins: readonly RemarkPlugin[] = [remarkHeadingIds];

/** Rehype: the language's typography, then ids from the typeset text (github-slugger, as Astro does). */
export const headingRehypePlugins: readonly RehypePlugin[] = [rehypeTypography, rehypeHeadingIds];
