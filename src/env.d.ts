/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The phase document being rendered, set by the phase page before its MDX content renders, so that
     * components placed in the MDX (`<Checklist />`) can read the document's frontmatter.
     */
    phase?: import('./content-model/guide.ts').Phase;
  }
}
