/**
 * What the browser tests know of the guide under test, read through the engine's own content reader (the
 * site map, src/content-model/site-map.ts) from the folder the site was built from (CONTENT_DIR): never
 * parsed again here, never hard-coded.
 */
import { contentDir } from '../../src/content-dir.ts';
import type { MdxDocument } from '../../src/checks/guide-source.ts';
import { readGuide } from '../../src/content-model/site-map.ts';

export interface PhaseFrontmatter {
  readonly title: string;
  readonly phase: number;
  readonly roles: readonly string[];
  readonly prerequisites: readonly string[];
  readonly checklist: readonly { readonly id: string; readonly title: string; readonly items: readonly { readonly id: string; readonly role?: string; readonly label: string }[] }[];
}

export interface GuidePhase {
  readonly lang: string;
  readonly slug: string;
  readonly document: MdxDocument;
  readonly data: PhaseFrontmatter;
}

/** The parsed guide the site was built from. */
export function guideSource() {
  return readGuide(contentDir()).source;
}

/** The phase documents of a language, in file-name order. */
export function guidePhases(lang: string): GuidePhase[] {
  return guideSource()
    .phases.filter((document) => document.lang === lang)
    .map((document) => {
      const data = (document.frontmatter?.data ?? {}) as Partial<PhaseFrontmatter>;
      return {
        lang,
        slug: document.slug,
        document,
        data: { title: data.title ?? '', phase: data.phase ?? 0, roles: data.roles ?? [], prerequisites: data.prerequisites ?? [], checklist: data.checklist ?? [] },
      };
    });
}

/** One phase of a language; an error naming the file when the guide has no such phase. */
export function guidePhase(lang: string, slug: string): GuidePhase {
  const phase = guidePhases(lang).find((candidate) => candidate.slug === slug);
  if (!phase) throw new Error(`${contentDir()}/phases/${lang}/${slug}.mdx not found`);
  return phase;
}
