/**
 * The anchors of every page, as the built page has them (the site map, src/content-model/site-map.ts):
 * checks that an anchor is not given twice on a page, and that an explicit section id, which links name
 * on its own (`migration-process.md`), is declared once per language.
 */
import { sitePages, type Anchor } from '../content-model/site-map.ts';
import { GUIDE_PAGES } from '../content-model/site-pages.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { error, type Problem } from './problem.ts';

export function checkAnchors(source: GuideSource): Problem[] {
  const pages = sitePages(source);
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
        problems.push(
          error(
            where,
            `section id "${heading.id}" is also the name of a page, so a link "${heading.id}.md" leads to that page`,
            'give the section another id',
          ),
        );
      } else if (first && first.file !== document.file) {
        problems.push(
          error(
            where,
            `section id "${heading.id}" is also declared in ${first.file}:${first.line}, so a link "${heading.id}.md" leads to only one of them`,
            'give each section its own id, the same in every language',
          ),
        );
      } else if (!first) declared.set(key, where);
    }
  }
  return problems;
}
