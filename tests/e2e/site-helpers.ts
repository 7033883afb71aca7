/** Helpers for the browser tests of the site's frame (navigation, languages, CSP, accessibility). */
import type { Page } from '@playwright/test';
import { guidePhases } from './guide-model.ts';

export const LANGS = ['fr', 'en'] as const;

/** The phase slugs of a language, read from the content folder (the same files the build reads). */
export function phaseSlugs(lang: string): string[] {
  return guidePhases(lang)
    .map((phase) => phase.slug)
    .sort();
}

export interface PageWatch {
  /** CSP violations reported by the page. */
  readonly violations: string[];
  /** Requests that left the site's origin. */
  readonly outside: string[];
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
}

/** Records CSP violations, requests to other origins and errors for the life of the page. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], outside: [], errors: [] };
  await page.exposeFunction('__reportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.outside.push(url);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  return watch;
}
