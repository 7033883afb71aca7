/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The phase document being rendered, set by the phase page before its MDX content renders, so that
     * components placed in the MDX (`<Checklist />`) can read the document's frontmatter.
     */
    phase?: import('./content-model/guide.ts').Phase;
    /**
     * In the book (`/{lang}/print/`), which renders every phase in one page: the phase rendered last, so
     * that each waits for the previous one before setting `phase` (siblings render in parallel).
     */
    bookQueue?: Promise<void>;
  }
}
