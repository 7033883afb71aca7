/**
 * Prints the book (`/{lang}/print/`) of a served site to PDF in Chromium, with bookmarks from its headings
 * (`outline`) and tags for assistive technologies (`tagged`). Used by `npm run pdf` and by the book's test.
 */
import type { Browser } from '@playwright/test';

export type PaperFormat = 'A4' | 'Letter';

/** Prints `<siteUrl><lang>/print/` and returns the PDF's bytes. */
export async function printBook(
  browser: Browser,
  siteUrl: string,
  lang: string,
  format: PaperFormat = 'A4',
): Promise<Buffer> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(`${siteUrl}${lang}/print/`, { waitUntil: 'networkidle' });
    if (!response?.ok())
      throw new Error(
        `${siteUrl}${lang}/print/ answered ${response?.status() ?? 'nothing'}: was the site built with this version of the guide?`,
      );
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format, printBackground: true, outline: true, tagged: true });
  } finally {
    await context.close();
  }
}
