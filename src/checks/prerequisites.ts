/**
 * Prerequisites, in each language: every slug names a phase of the guide, and a phase requires only
 * earlier phases, so that the guide can be followed in order; a cycle is reported once, as a whole.
 */
import { langs } from '../i18n/locales.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { error, fieldName, type Problem } from './problem.ts';
import { phaseNumber, prerequisites } from './raw-data.ts';
import { didYouMean } from './suggest.ts';

export function checkPrerequisites(source: GuideSource): Problem[] {
  return langs.flatMap((lang) => checkLanguage(source.phases.filter((document) => document.lang === lang)));
}

function checkLanguage(documents: readonly MdxDocument[]): Problem[] {
  const bySlug = new Map(documents.map((document) => [document.slug, document]));
  const slugs = [...bySlug.keys()];
  const problems: Problem[] = [];
  for (const document of documents) {
    const yaml = document.frontmatter;
    const own = phaseNumber(yaml?.data);
    for (const { value: slug, path } of prerequisites(yaml?.data)) {
      const where = { file: document.file, line: yaml?.lineOf(path), field: fieldName(path) };
      const required = bySlug.get(slug);
      if (!required) {
        problems.push(
          error(
            where,
            `prerequisite "${slug}" is not a phase of the guide${didYouMean(slug, slugs)}`,
            'name a phase by its file name without ".mdx", as in content/phases/<lang>/',
          ),
        );
      } else if (required === document) {
        problems.push(
          error(where, 'the phase lists itself as a prerequisite', `remove "${slug}" from its prerequisites`),
        );
      } else {
        const number = phaseNumber(required.frontmatter?.data);
        if (own !== undefined && number !== undefined && number >= own) {
          problems.push(
            error(
              where,
              `prerequisite "${slug}" is phase ${number}, which does not come before this phase (${own})`,
              'a phase can only require earlier phases: remove the prerequisite, or correct the phase numbers',
            ),
          );
        }
      }
    }
  }
  return [...problems, ...cycles(documents, bySlug)];
}

/** Each cycle of prerequisites, reported once on the file of its first phase in the cycle's order. */
function cycles(documents: readonly MdxDocument[], bySlug: ReadonlyMap<string, MdxDocument>): Problem[] {
  const edges = (document: MdxDocument) =>
    prerequisites(document.frontmatter?.data)
      .map(({ value }) => bySlug.get(value))
      .filter((required): required is MdxDocument => required !== undefined && required !== document);
  const found = new Map<string, MdxDocument[]>();
  const state = new Map<MdxDocument, 'visiting' | 'done'>();
  const stack: MdxDocument[] = [];
  const visit = (document: MdxDocument) => {
    state.set(document, 'visiting');
    stack.push(document);
    for (const next of edges(document)) {
      if (state.get(next) === 'visiting') {
        const cycle = stack.slice(stack.indexOf(next));
        // The same cycle can be entered at any of its phases: keep one rotation.
        const start = cycle.reduce((min, item, index) => (item.slug < cycle[min]!.slug ? index : min), 0);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        found.set(rotated.map((item) => item.slug).join(' '), rotated);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(document, 'done');
  };
  for (const document of documents) if (!state.has(document)) visit(document);
  return [...found.values()].map((cycle) => {
    const first = cycle[0]!;
    const path = [...cycle, first].map((item) => item.slug).join(' → ');
    return error(
      { file: first.file, line: first.frontmatter?.lineOf(['prerequisites']), field: 'prerequisites' },
      `prerequisites form a cycle: ${path}`,
      'remove the prerequisite that points back to a later phase: a phase can only require earlier phases',
    );
  });
}
