/**
 * A light index of the guide's documents (no build, no full parse needed): for each language, the page
 * slugs and the explicit section ids with the page that holds each. The build reads it straight from
 * `content/` (readPhaseDocuments); the content checks index the documents they have already read
 * (indexDocument), so that both resolve links from the same index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanHeadings, type SourceHeading } from './heading-ids.ts';
import type { LinkTargets } from './link-targets.ts';

/** Pages of the site that are not phase documents; their names cannot be used as phase slugs. */
export const GUIDE_PAGES = ['glossary', 'checklists'] as const;

/** The anchor of the list of phases that ends the home page, which links may name. */
export const HOME_PHASES_ANCHOR = 'phases';

/** The anchor of the home's "carry your progress in a file" part, which links may name. */
export const HOME_PROGRESS_FILE_ANCHOR = 'progress-file';

export interface IndexedDocument {
  readonly lang: string;
  readonly slug: string;
  readonly headings: readonly SourceHeading[];
}

/** One phase document of the index, from its file's text. */
export function indexDocument(lang: string, slug: string, source: string): IndexedDocument {
  return { lang, slug, headings: scanHeadings(source) };
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
      const source = readFileSync(join(phasesDir, lang.name, entry), 'utf8');
      documents.push(indexDocument(lang.name, entry.slice(0, -'.mdx'.length), source));
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
