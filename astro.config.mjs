// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentDir as configuredContentDir } from './src/content-dir.ts';
import { defaultLang, langs, localeDefines } from './src/i18n/locales.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { serverFilesIntegration } from './src/integrations/server-files.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { markdownPlugins } from './src/markdown/pipeline.ts';
import { normalizeBase } from './src/utils/paths.ts';
import { siteOrigin } from './src/utils/site-url.ts';

/** The site's base path: set BASE_PATH=/guides/example/ to serve the guide under a sub-path. */
const base = normalizeBase(process.env.BASE_PATH);
/** The guide to build: CONTENT_DIR=examples/<guide> builds another one (src/content-dir.ts). */
const contentDir = configuredContentDir();

/** The site's origin, when given: SITE_URL=https://intranet.example.org makes hreflang alternates absolute. */
const site = siteOrigin(process.env.SITE_URL);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The strict Content-Security-Policy forbids inline styles and scripts: always emit files.
    inlineStylesheets: 'never',
  },
  vite: {
    // Data of the locale table that browser code needs (search stop words), without the table's dictionaries.
    define: localeDefines(),
    plugins: [
      {
        // Parts loaded on demand (loadPart) are fetched when asked for, their own imports after them: no
        // preload helper and list of every part's file in the one script every page loads. Astro sets the
        // build's modulePreload itself, so it is set here, on the browser's build.
        name: 'runbook:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
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
    // The plugin list is defined once (src/markdown/pipeline.ts), shared with the checks and the guide's model.
    processor: unified(markdownPlugins({ base, contentDir })),
  },
  // The content checks run first: a mistake in content/ stops the build with every problem listed.
  // Pagefind indexes the built pages; then the server files (web.config, .htaccess, nginx.conf) map the types of every file written.
  integrations: [contentChecks({ contentDir }), mdx(), pagefindIntegration(), serverFilesIntegration()],
});
