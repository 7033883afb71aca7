/**
 * The baseline of the build benchmark: a minimal Astro + MDX project, written in a temporary folder, that
 * builds the same phase documents with Astro's defaults: one page per document and language, the MDX body
 * and the checklist's steps as a list, in a plain layout. It uses the project's node_modules (a link).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writePlainSite(dir: string, guideDir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'src', 'pages', '[lang]'), { recursive: true });
  mkdirSync(join(dir, 'src', 'components'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'plain-astro-mdx', private: true, type: 'module' }, null, 2),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\n` +
      `export const collections = { phases: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${JSON.stringify(join(guideDir, 'phases'))} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'components', 'Checklist.astro'),
    `---\nconst { group } = Astro.props;\n---\n\n<p data-group={group}></p>\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[lang]', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Checklist from '../../components/Checklist.astro';

export async function getStaticPaths() {
  const phases = await getCollection('phases');
  return phases.map((entry) => {
    const [lang, slug] = entry.id.split('/');
    return { params: { lang, slug }, props: { entry } };
  });
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const data = entry.data as { title: string; checklist: { title: string; items: { id: string; label: string }[] }[] };
---

<html lang={Astro.params.lang}>
  <head><meta charset="utf-8" /><title>{data.title}</title></head>
  <body>
    <main>
      <h1>{data.title}</h1>
      <Content components={{ Checklist }} />
      {data.checklist.map((group) => (<section><h2>{group.title}</h2><ul>{group.items.map((item) => <li id={item.id}>{item.label}</li>)}</ul></section>))}
    </main>
  </body>
</html>
`,
  );
}
