/**
 * The guide's content folder: the one setting that says which guide the engine builds. Read here and
 * nowhere else (astro.config.mjs, src/content.config.ts, the checks, the scripts and the tests import it).
 *
 *   CONTENT_DIR=examples/<guide> npm run build     a folder of the project, relative to its root
 *   CONTENT_DIR=/tmp/guide npm run build           or an absolute path anywhere
 *
 * Default: `content`, the project's own guide.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** The folder used when CONTENT_DIR is not set. */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * The absolute path of the content folder. A relative CONTENT_DIR is taken from the working directory,
 * which npm scripts, Astro, Vitest and Playwright all set to the project's root.
 */
export function contentDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const setting = env['CONTENT_DIR']?.trim();
  return resolve(setting ? setting : DEFAULT_CONTENT_DIR);
}

/** How messages name the content folder: relative to the working directory when inside it (`content`). */
export function contentDirLabel(dir: string = contentDir()): string {
  const shown = relative(process.cwd(), dir).replaceAll('\\', '/');
  return shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? dir : shown;
}
