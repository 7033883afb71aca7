/** Helpers for the checklist browser tests (prefixed so that they never clash with other tests' helpers). */
import type { Locator, Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { storageKey } from '../../src/utils/storage-keys.ts';
import { checklistPhase, guidePhase, guidePhases } from './guide-model.ts';

/** The phase whose checklist the tests tick, found in the guide under test (see guide-model.ts). */
export const CHECKLIST_PHASE = checklistPhase().slug;
export const FIRST_ITEM = checklistItemIds('fr', CHECKLIST_PHASE)[0]!;
export const SECOND_ITEM = checklistItemIds('fr', CHECKLIST_PHASE)[1]!;

/** The checklist item ids of a phase, read from its frontmatter. */
export function checklistItemIds(lang: string, slug: string): string[] {
  return guidePhase(lang, slug).data.checklist.flatMap((group) => group.items.map((item) => item.id));
}

/** The slugs of a phase's prerequisites, read from its frontmatter. */
export function prerequisitesOf(lang: string, slug: string): string[] {
  return [...guidePhase(lang, slug).data.prerequisites];
}

/** Every checklist group and item of a language's phases that has a condition (`when`), as written. */
export function conditionsOf(lang: string): { slug: string; kind: 'group' | 'item'; id: string; when: string }[] {
  return guidePhases(lang).flatMap(({ slug, data }) =>
    data.checklist.flatMap((group) => [
      ...(group.when ? [{ slug, kind: 'group' as const, id: group.id, when: group.when }] : []),
      ...group.items.flatMap((item) =>
        item.when ? [{ slug, kind: 'item' as const, id: item.id, when: item.when }] : [],
      ),
    ]),
  );
}

/** The slugs of every phase document of a language. */
export function phaseSlugs(lang: string): string[] {
  return guidePhases(lang).map((phase) => phase.slug);
}

/** The storage key of the progress record for the site under test. */
export function progressKey(baseURL: string | undefined): string {
  return storageKey(new URL(baseURL ?? 'http://localhost/').pathname, 'progress');
}

export function checklistItem(page: Page, id: string): Locator {
  return page.locator(`guide-checklist [data-checklist-item="${id}"]`);
}

export function checkboxOf(page: Page, id: string): Locator {
  return checklistItem(page, id).locator('input[type="checkbox"]');
}

/** A step's "not applicable" toggle. */
export function notApplicableOf(page: Page, id: string): Locator {
  return checklistItem(page, id).locator('button[data-not-applicable]');
}

/** Uncaught exceptions and console errors of a page, for the tests' last assertion. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The text of each page of a PDF. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages;
}

/** Text without any whitespace: a table cell's lines break anywhere on paper. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
