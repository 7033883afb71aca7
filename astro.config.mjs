// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { defaultLang, langs } from './src/i18n/locales.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { serverFilesIntegration } from './src/integrations/server-files.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { rehypeCodeBlocks } from './src/markdown/rehype-code-blocks.ts';
import { rehypeTables } from './src/markdown/rehype-tables.ts';
import { rehypeTypography } from './src/markdown/rehype-typography.ts';
import { remarkAlerts } from './src/markdown/remark-alerts.ts';
import { remarkChecklistHeadingLevel } from './src/markdown/remark-checklist-heading-level.ts';
import { remarkHeadingIds } from './src/markdown/remark-heading-ids.ts';
import { remarkInternalLinks } from './src/markdown/remark-internal-links.ts';
import { normalizeBase } from './src/utils/paths.ts';

/** The site's base path: set BASE_PATH=/guides/lync/ to serve the guide under a sub-path. */
const base = normalizeBase(process.env.BASE_PATH);
const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The strict Content-Security-Policy forbids inline styles and scripts: always emit files.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Harmless and known (withastro/astro#18087): logged once per MDX entry, it would bury real warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  i18n: {
    locales: [...langs],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Prism emits classes only (no style attributes), which the strict CSP requires.
    syntaxHighlight: 'prism',
    processor: unified({
      remarkPlugins: [remarkHeadingIds, remarkAlerts, remarkChecklistHeadingLevel, [remarkInternalLinks, { base, contentDir }]],
      rehypePlugins: [
        // Typography first: the headings collected next (table of contents) get the French spacing too.
        rehypeTypography,
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            test: ['h2', 'h3'],
            properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
            content: [],
          },
        ],
        rehypeCodeBlocks,
        rehypeTables,
      ],
    }),
  },
  // The content checks run first: a mistake in content/ stops the build with every problem listed.
  // Pagefind indexes the built pages; then the server files (web.config, .htaccess, nginx.conf) map the types of every file written.
  integrations: [contentChecks({ contentDir }), mdx(), pagefindIntegration(), serverFilesIntegration()],
});
