/**
 * The anchors of every page, as the built page has them: on a phase page, its headings' ids (explicit or
 * generated) and its checklist groups' ids; on the home, its headings and `phases`; on the glossary, its
 * term ids. Also checks that an anchor is not given twice on a page, and that an explicit section id,
 * which links name on its own (`migration-process.md`), is declared once per language.
 */
import { GUIDE_PAGES, HOME_PHASES_ANCHOR, HOME_PROGRESS_FILE_ANCHOR } from '../markdown/content-index.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { error, type Problem } from './problem.ts';
import { checklistIds, glossaryTerms } from './raw-data.ts';

export interface Anchor {
  readonly id: string;
  readonly line: number;
  readonly what: 'section' | 'checklist group' | 'term' | 'list of phases' | 'progress file';
}

export interface Page {
  readonly lang: string;
  /** The page as links name it: a phase slug, `glossary`, or `` for the home. */
  readonly page: string;
  readonly file: string;
  readonly anchors: readonly Anchor[];
  /** False when part of the source could not be read (reported), so that some anchors may be missing. */
  readonly complete: boolean;
}

function documentAnchors(document: MdxDocument): Anchor[] {
  const headings = document.headings.map((heading): Anchor => ({ id: heading.id, line: heading.line, what: 'section' }));
  if (document.kind === 'home') {
    return [...headings, { id: HOME_PHASES_ANCHOR, line: 1, what: 'list of phases' }, { id: HOME_PROGRESS_FILE_ANCHOR, line: 1, what: 'progress file' }];
  }
  const yaml = document.frontmatter;
  const groups = checklistIds(yaml?.data)
    .filter((id) => id.kind === 'group')
    .map((id): Anchor => ({ id: id.value, line: yaml?.lineOf(id.path) ?? 1, what: 'checklist group' }));
  return [...headings, ...groups];
}

export function guidePages(source: GuideSource): Page[] {
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
      anchors: glossaryTerms(glossary.yaml.data).flatMap((term): Anchor[] => (term.id ? [{ id: term.id.value, line: glossary.yaml.lineOf(term.id.path), what: 'term' }] : [])),
      complete: glossary.yaml.data !== undefined,
    })),
  ];
}

export function checkAnchors(source: GuideSource): Problem[] {
  const pages = guidePages(source);
  const problems: Problem[] = [];
  for (const page of pages) {
    const seen = new Map<string, Anchor>();
    for (const anchor of [...page.anchors].sort((a, b) => a.line - b.line)) {
      const first = seen.get(anchor.id);
      // Terms repeated in a glossary are reported by its schema.
      if (first && anchor.what !== 'term') {
        problems.push(
          error(
            { file: page.file, line: anchor.line },
            `anchor "${anchor.id}" of this ${anchor.what} is already the anchor of the ${first.what} at line ${first.line}; links to it reach only one of them`,
            'rename one of them; a heading takes an explicit id with ## Title \\{#other-id\\}',
          ),
        );
      } else if (!first) seen.set(anchor.id, anchor);
    }
  }
  problems.push(...sectionIdsDeclaredTwice(source.phases));
  return problems;
}

function sectionIdsDeclaredTwice(phases: readonly MdxDocument[]): Problem[] {
  const problems: Problem[] = [];
  const declared = new Map<string, { file: string; line: number }>();
  const pageNames = new Set([...GUIDE_PAGES, ...phases.map((document) => `${document.lang}/${document.slug}`)]);
  for (const document of phases) {
    for (const heading of document.headings.filter((candidate) => candidate.explicit)) {
      const where = { file: document.file, line: heading.line };
      const key = `${document.lang}/${heading.id}`;
      const first = declared.get(key);
      if (pageNames.has(key) || pageNames.has(heading.id)) {
        problems.push(error(where, `section id "${heading.id}" is also the name of a page, so a link "${heading.id}.md" leads to that page`, 'give the section another id'));
      } else if (first && first.file !== document.file) {
        problems.push(error(where, `section id "${heading.id}" is also declared in ${first.file}:${first.line}, so a link "${heading.id}.md" leads to only one of them`, 'give each section its own id, the same in every language'));
      } else if (!first) declared.set(key, where);
    }
  }
  return problems;
}
