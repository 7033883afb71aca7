/**
 * The site's map of the guide, built from the parsed content (src/checks/guide-source.ts reads and parses
 * it with the build's heading plugins): every page with its anchors as the built page has them (headings,
 * checklist groups, glossary terms, the engine's own anchors), and the link targets of each language.
 * The content checks, the build's link resolution (remark-internal-links.ts, content-model/links.ts) and
 * the tests all use this one map, so they cannot disagree.
 *
 * `readGuide` parses the content folder once and keeps it while no file under it changes: once per build,
 * and again under `astro dev` only after an edit.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGuideSource, type GuideSource, type MdxDocument } from '../checks/guide-source.ts';
import type { Problem } from '../checks/problem.ts';
import { checklistIds, glossaryTerms } from '../checks/raw-data.ts';
import { contentDirLabel } from '../content-dir.ts';
import type { LinkTargets } from '../markdown/link-targets.ts';
import {
  GUIDE_PAGES,
  HOME_PHASES_ANCHOR,
  HOME_PROGRESS_FILE_ANCHOR,
  HOME_RUN_BOARD_ANCHOR,
  HOME_WINDOWS_ANCHOR,
} from './site-pages.ts';

export interface Anchor {
  readonly id: string;
  readonly line: number;
  readonly what:
    | 'section'
    | 'checklist group'
    | 'term'
    | 'list of phases'
    | 'progress file'
    | 'list of change windows'
    | 'runs, planned windows and log';
  /** The same in every language: an explicit heading id, a checklist group, a term, an engine anchor. */
  readonly shared: boolean;
}

export interface SitePage {
  readonly lang: string;
  /** The page as links name it: a phase slug, `glossary`, or `` for the home. */
  readonly page: string;
  readonly file: string;
  readonly anchors: readonly Anchor[];
  /** False when part of the source could not be read (reported), so that some anchors may be missing. */
  readonly complete: boolean;
}

function documentAnchors(document: MdxDocument): Anchor[] {
  const headings = document.headings.map((heading): Anchor => ({
    id: heading.id,
    line: heading.line,
    what: 'section',
    shared: heading.explicit,
  }));
  if (document.kind === 'home') {
    return [
      ...headings,
      { id: HOME_PHASES_ANCHOR, line: 1, what: 'list of phases', shared: true },
      { id: HOME_PROGRESS_FILE_ANCHOR, line: 1, what: 'progress file', shared: true },
      { id: HOME_WINDOWS_ANCHOR, line: 1, what: 'list of change windows', shared: true },
      { id: HOME_RUN_BOARD_ANCHOR, line: 1, what: 'runs, planned windows and log', shared: true },
    ];
  }
  const yaml = document.frontmatter;
  const groups = checklistIds(yaml?.data)
    .filter((id) => id.kind === 'group')
    .map((id): Anchor => ({ id: id.value, line: yaml?.lineOf(id.path) ?? 1, what: 'checklist group', shared: true }));
  return [...headings, ...groups];
}

/** Every page the content describes, with its anchors (the checklists pages are the engine's alone). */
export function sitePages(source: GuideSource): SitePage[] {
  return [
    ...[...source.phases, ...source.homes].map((document) => ({
      lang: document.lang,
      page: document.slug,
      file: document.file,
      anchors: documentAnchors(document),
      complete: document.tree !== undefined && document.frontmatter?.data !== undefined,
    })),
    ...source.glossaries.map((glossary) => ({
      lang: glossary.lang,
      page: 'glossary',
      file: glossary.file,
      anchors: glossaryTerms(glossary.yaml.data).flatMap((term): Anchor[] =>
        term.id ? [{ id: term.id.value, line: glossary.yaml.lineOf(term.id.path), what: 'term', shared: true }] : [],
      ),
      complete: glossary.yaml.data !== undefined,
    })),
  ];
}

/**
 * What links of one language may name: its phase slugs and the engine's pages, and each explicit section
 * id with the page that holds it (the first, when one is declared twice: the checks report it).
 */
export function linkTargets(source: GuideSource, lang: string): LinkTargets {
  const pages = new Set<string>(GUIDE_PAGES);
  const sections = new Map<string, string>();
  for (const document of source.phases) {
    if (document.lang !== lang) continue;
    pages.add(document.slug);
    for (const heading of document.headings) {
      if (heading.explicit && !sections.has(heading.id)) sections.set(heading.id, document.slug);
    }
  }
  return { pages, sections };
}

export interface ReadGuide {
  readonly source: GuideSource;
  /** What could not be read (the content checks report these with the rest). */
  readonly problems: readonly Problem[];
}

/** Every file under `dir` with its size and time of change: the guide is parsed again when this changes. */
function signature(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join('\n');
}

// Shared by every copy of this module in the process (the config's, and the one bundled for rendering).
const CACHE_KEY = Symbol.for('runbook-guide:guide-source');
type Cache = Map<string, { signature: string; read: ReadGuide }>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

/** The guide in `contentDir`, parsed once and kept until one of its files changes. */
export function readGuide(contentDir: string, label: string = contentDirLabel(contentDir)): ReadGuide {
  const key = `${contentDir}\0${label}`;
  const current = signature(contentDir);
  const cached = cache.get(key);
  if (cached?.signature === current) return cached.read;
  const read = readGuideSource(contentDir, label);
  cache.set(key, { signature: current, read });
  return read;
}
