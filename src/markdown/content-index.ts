/**
 * A light index of the guide's documents, read straight from `content/` (no build needed): for each
 * language, the page slugs and the explicit section ids with the page that holds each. Shared by the
 * link plugin and the content checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanHeadings, type SourceHeading } from './heading-ids.ts';
import type { LinkTargets } from './link-targets.ts';

/** Pages of the site that are not phase documents; their names cannot be used as phase slugs. */
export const GUIDE_PAGES = ['glossary', 'checklists'] as const;

export interface IndexedDocument {
  readonly lang: string;
  readonly slug: string;
  readonly file: string;
  readonly source: string;
  readonly headings: readonly SourceHeading[];
}

/** The phase documents of every language folder under `<contentDir>/phases`. */
export function readPhaseDocuments(contentDir: string): IndexedDocument[] {
  const phasesDir = join(contentDir, 'phases');
  if (!existsSync(phasesDir)) return [];
  const documents: IndexedDocument[] = [];
  for (const lang of readdirSync(phasesDir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const entry of readdirSync(join(phasesDir, lang.name)).sort()) {
      if (!entry.endsWith('.mdx')) continue;
      const file = join(phasesDir, lang.name, entry);
      const source = readFileSync(file, 'utf8');
      documents.push({ lang: lang.name, slug: entry.slice(0, -'.mdx'.length), file, source, headings: scanHeadings(source) });
    }
  }
  return documents;
}

/** Link targets of one language. */
export function linkTargetsFor(documents: readonly IndexedDocument[], lang: string): LinkTargets {
  const pages = new Set<string>(GUIDE_PAGES);
  const sections = new Map<string, string>();
  for (const document of documents) {
    if (document.lang !== lang) continue;
    pages.add(document.slug);
    for (const heading of document.headings) {
      if (heading.id && !sections.has(heading.id)) sections.set(heading.id, document.slug);
    }
  }
  return { pages, sections };
}
