/**
 * Reads a guide's content folder for the checks, without a build: every document with its frontmatter
 * (data and line numbers) and its parsed MDX, and the YAML files. What cannot be read (a YAML or MDX syntax
 * error, a file in the wrong place) becomes a problem, and the rest of the guide is still read, so that one
 * run reports everything.
 *
 *   <content>/roles.yaml, commands.yaml and parameters.yaml (optional), home/<lang>.mdx, phases/<lang>/<slug>.mdx, glossary/<lang>.yaml
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { isLang, langs } from '../i18n/locales.ts';
import { GUIDE_PAGES } from '../content-model/site-pages.ts';
import { KEBAB_CASE } from '../schemas/fields.ts';
import { headingAnchors, parseMdx, splitFrontmatter, type HeadingAnchor } from './mdx-source.ts';
import { error, warning, type Problem } from './problem.ts';
import { parseYaml, yamlSyntaxProblem, type YamlData } from './yaml-source.ts';

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  /** Path shown in messages: `content/phases/fr/phase-2-….mdx`. */
  readonly file: string;
}

export interface MdxDocument extends SourceFile {
  readonly kind: 'phase' | 'home';
  readonly lang: string;
  /** The page: the file name without `.mdx` for a phase, `` for the home. */
  readonly slug: string;
  /** The file's text, as read. */
  readonly text: string;
  /** Undefined when the document has no readable frontmatter (reported). */
  readonly frontmatter: YamlData | undefined;
  /** Undefined when the MDX does not parse (reported). */
  readonly tree: Root | undefined;
  readonly headings: readonly HeadingAnchor[];
}

export interface YamlFile extends SourceFile {
  readonly yaml: YamlData;
}

export interface GlossaryFile extends YamlFile {
  readonly lang: string;
}

export interface GuideSource {
  readonly phases: readonly MdxDocument[];
  readonly homes: readonly MdxDocument[];
  readonly glossaries: readonly GlossaryFile[];
  readonly roles: YamlFile | undefined;
  /** The guide's parameters (`parameters.yaml`), when it declares any. */
  readonly parameters?: YamlFile | undefined;
  /** The command declarations (`commands.yaml`), when the guide has them. */
  readonly commands: YamlFile | undefined;
  /** The guide's change windows (`windows.yaml`), when it declares any. */
  readonly windows?: YamlFile | undefined;
  /** Number of files read. */
  readonly fileCount: number;
}

const LANG_LIST = langs.join(', ');

export function readGuideSource(contentDir: string, label: string): { source: GuideSource; problems: Problem[] } {
  const problems: Problem[] = [];
  const display = (path: string) => [label, ...relative(contentDir, path).split(sep)].filter(Boolean).join('/');
  let fileCount = 0;
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    const missing = error(
      { file: label },
      `the content folder ${contentDir} does not exist or is not a folder`,
      'set CONTENT_DIR to the folder that holds the guide (roles.yaml, home/, phases/, glossary/), or unset it to use content/',
    );
    return {
      source: { phases: [], homes: [], glossaries: [], roles: undefined, commands: undefined, fileCount: 0 },
      problems: [missing],
    };
  }

  const readYaml = (path: string): YamlFile => {
    fileCount += 1;
    const file = display(path);
    const yaml = parseYaml(readFileSync(path, 'utf8'));
    problems.push(...yaml.errors.map((syntax) => yamlSyntaxProblem(file, syntax)));
    return { path, file, yaml };
  };

  const readMdx = (path: string, kind: MdxDocument['kind'], lang: string, slug: string): MdxDocument => {
    fileCount += 1;
    const file = display(path);
    const text = readFileSync(path, 'utf8');
    const split = splitFrontmatter(text);
    let frontmatter: YamlData | undefined;
    if (split.unterminated) {
      problems.push(
        error(
          { file, line: 1 },
          'the frontmatter opened by "---" on the first line is never closed',
          'end the frontmatter with a line holding only "---"',
        ),
      );
    } else if (!split.frontmatter) {
      problems.push(
        error(
          { file, line: 1 },
          'the document has no frontmatter',
          'start the file with the frontmatter between two "---" lines (see content/README.md)',
        ),
      );
    } else {
      frontmatter = parseYaml(split.frontmatter.text, split.frontmatter.firstLine);
      problems.push(...frontmatter.errors.map((syntax) => yamlSyntaxProblem(file, syntax)));
    }
    const parsed = parseMdx(split.body, path);
    if ('error' in parsed) {
      problems.push(
        error(
          { file, line: parsed.error.line },
          `MDX syntax: ${parsed.error.message}`,
          'in MDX, "{" and "<" start code: write "\\{" and "\\<" in text, close every tag, and write comments as {/* … */}',
        ),
      );
    }
    const tree = 'tree' in parsed ? parsed.tree : undefined;
    return { path, file, kind, lang, slug, text, frontmatter, tree, headings: tree ? headingAnchors(tree, path) : [] };
  };

  const rolesPath = join(contentDir, 'roles.yaml');
  const roles = existsSync(rolesPath) ? readYaml(rolesPath) : undefined;
  if (!roles)
    problems.push(
      error(
        { file: display(rolesPath) },
        'the role vocabulary is missing',
        'create roles.yaml with the role ids and their label in every language (see content/README.md)',
      ),
    );

  const parametersPath = join(contentDir, 'parameters.yaml');
  const parameters = existsSync(parametersPath) ? readYaml(parametersPath) : undefined;
  const commandsPath = join(contentDir, 'commands.yaml');
  const commands = existsSync(commandsPath) ? readYaml(commandsPath) : undefined;
  const windowsPath = join(contentDir, 'windows.yaml');
  const windows = existsSync(windowsPath) ? readYaml(windowsPath) : undefined;

  const homes: MdxDocument[] = [];
  for (const { path, name } of listFiles(join(contentDir, 'home'))) {
    const lang = name.replace(/\.mdx$/, '');
    if (name.endsWith('.mdx') && isLang(lang)) homes.push(readMdx(path, 'home', lang, ''));
    else problems.push(misplaced(display(path), `home/<language>.mdx, one per language (${LANG_LIST})`));
  }

  const glossaries: GlossaryFile[] = [];
  for (const { path, name } of listFiles(join(contentDir, 'glossary'))) {
    const lang = name.replace(/\.yaml$/, '');
    if (name.endsWith('.yaml') && isLang(lang)) glossaries.push({ ...readYaml(path), lang });
    else problems.push(misplaced(display(path), `glossary/<language>.yaml, one per language (${LANG_LIST})`));
  }

  const phases: MdxDocument[] = [];
  const phasesDir = join(contentDir, 'phases');
  for (const { path } of listFiles(phasesDir)) {
    problems.push(misplaced(display(path), `phases/<language>/<slug>.mdx, in a folder per language (${LANG_LIST})`));
  }
  for (const { path: langDir, name: lang } of listFiles(phasesDir, 'directories')) {
    if (!isLang(lang)) {
      problems.push(
        error(
          { file: display(langDir) },
          `"${lang}" is not a language of the site, so its documents are not published`,
          `put phase documents in a folder named after a language: ${LANG_LIST} (see src/i18n/locales.ts)`,
        ),
      );
      continue;
    }
    for (const { path, name } of listFiles(langDir)) {
      const slug = name.replace(/\.mdx$/, '');
      if (!name.endsWith('.mdx')) {
        // Images may sit beside the documents; a Markdown file there is a document that will not be published.
        if (/\.(?:md|markdown|mdown|txt)$/.test(name)) {
          problems.push(
            warning(
              { file: display(path) },
              'this file is not published: phase documents are .mdx files',
              `rename it ${name.replace(/\.[^.]+$/, '.mdx')}, or move it out of content/phases`,
            ),
          );
        }
        continue;
      }
      if (!KEBAB_CASE.test(slug) || (GUIDE_PAGES as readonly string[]).includes(slug)) {
        problems.push(
          error(
            { file: display(path) },
            `"${slug}" cannot be a page name: ${KEBAB_CASE.test(slug) ? 'the site has its own page of that name' : 'it is not in kebab-case'}`,
            `rename the file in kebab-case (lowercase words joined by hyphens), other than ${GUIDE_PAGES.join(' and ')}, in every language`,
          ),
        );
      }
      phases.push(readMdx(path, 'phase', lang, slug));
    }
  }
  return { source: { phases, homes, glossaries, roles, commands, parameters, windows, fileCount }, problems };
}

function listFiles(dir: string, kind: 'files' | 'directories' = 'files'): { path: string; name: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => ({ path: join(dir, name), name }))
    .filter(({ path }) => (kind === 'directories') === statSync(path).isDirectory());
}

function misplaced(file: string, expected: string): Problem {
  return error({ file }, 'this file is not where the guide reads it, so it is not published', `name it ${expected}`);
}
