/**
 * The book's running headers: one named page per part (`@page book-<slug>`), whose top margin shows the
 * guide and the part's title on every page the part covers. Chromium has no `string-set`, and a table
 * header repeated on each page (as the sign-off sheets do) made its printing of a long book unreliable;
 * named pages with margin boxes are plain CSS. Served as a stylesheet (the CSP forbids inline styles).
 */

/** A CSS string literal. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export interface RunningPart {
  /** The part's element id, also its page name: `book-<slug>`. */
  readonly id: string;
  readonly header: string;
}

export function runningHeadersCss(parts: readonly RunningPart[]): string {
  const rules = parts.map(
    (part) =>
      `  @page ${part.id} {\n    @top-left {\n      content: ${cssString(part.header)};\n    }\n  }\n  #${part.id} {\n    page: ${part.id};\n  }`,
  );
  return `/* Running headers of the book, one named page per part. */\n@media print {\n${rules.join('\n')}\n}\n`;
}
