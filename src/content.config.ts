/**
 * The guide's collections, all read from the content folder (`content/` unless CONTENT_DIR names another,
 * see src/content-dir.ts):
 * - `phases`: `content/phases/<lang>/<slug>.mdx`, one document per phase and language (id `<lang>/<slug>`);
 * - `home`: `content/home/<lang>.mdx`, the guide's title and home text per language (id `<lang>`);
 * - `roles`: `content/roles.yaml`, the role vocabulary with a label per language;
 * - `glossary`: `content/glossary/<lang>.yaml`, the terms the guide defines (id `<lang>`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { contentDir, contentDirLabel } from './content-dir.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { homeSchema } from './schemas/home.ts';
import { phaseSchema } from './schemas/phase.ts';
import { rolesSchema } from './schemas/roles.ts';

const CONTENT_DIR = contentDir();
const ROLES_FILE = join(CONTENT_DIR, 'roles.yaml');

/** The role ids, read up front because the phase schema validates `roles` and `role` against them. */
function readRoleIds(): string[] {
  const result = rolesSchema.safeParse(parse(readFileSync(ROLES_FILE, 'utf8')));
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`${contentDirLabel(CONTENT_DIR)}/roles.yaml is not a valid role vocabulary:\n${details}`);
  }
  return Object.keys(result.data);
}

const phases = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: join(CONTENT_DIR, 'phases') }),
  schema: phaseSchema({ roleIds: readRoleIds() }),
});

const home = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(CONTENT_DIR, 'home') }),
  schema: homeSchema,
});

const roles = defineCollection({
  loader: file(ROLES_FILE),
  schema: rolesSchema.valueType,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: join(CONTENT_DIR, 'glossary') }),
  schema: glossarySchema,
});

export const collections = { phases, home, roles, glossary };
