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
  readonly checklist: readonly {
    readonly id: string;
    readonly title: string;
    readonly when?: string;
    readonly items: readonly {
      readonly id: string;
      readonly role?: string;
      readonly label: string;
      readonly verify?: string;
      readonly when?: string;
    }[];
  }[];
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
        data: {
          title: data.title ?? '',
          phase: data.phase ?? 0,
          roles: data.roles ?? [],
          prerequisites: data.prerequisites ?? [],
          checklist: data.checklist ?? [],
        },
      };
    });
}

/** One phase of a language; an error naming the file when the guide has no such phase. */
export function guidePhase(lang: string, slug: string): GuidePhase {
  const phase = guidePhases(lang).find((candidate) => candidate.slug === slug);
  if (!phase) throw new Error(`${contentDir()}/phases/${lang}/${slug}.mdx not found`);
  return phase;
}

/** The phases of a language in reading order (by phase number). */
export function phasesInOrder(lang: string): GuidePhase[] {
  return guidePhases(lang).sort((a, b) => a.data.phase - b.data.phase);
}

const stepCount = (phase: GuidePhase) => phase.data.checklist.reduce((count, group) => count + group.items.length, 0);
const isRequired = (phase: GuidePhase) =>
  guidePhases(phase.lang).some((other) => other.data.prerequisites.includes(phase.slug));

/**
 * The phase the checklist tests work on: in reading order, the first with at least three steps that has a
 * prerequisite and is itself the prerequisite of another phase (so that hints and cards can be checked).
 */
export function checklistPhase(lang = 'fr'): GuidePhase {
  const phase = phasesInOrder(lang).find(
    (candidate) => stepCount(candidate) >= 3 && candidate.data.prerequisites.length > 0 && isRequired(candidate),
  );
  if (!phase)
    throw new Error(
      'The guide under test has no phase with three steps, a prerequisite, and a phase that requires it: the checklist tests need one',
    );
  return phase;
}

/** The phase with the longest checklist: the heaviest phase page of the guide under test. */
export function heaviestPhase(lang = 'fr'): GuidePhase {
  const [phase] = phasesInOrder(lang)
    .filter((candidate) => stepCount(candidate) > 0)
    .sort((a, b) => stepCount(b) - stepCount(a));
  if (!phase) throw new Error('The guide under test has no phase with a checklist');
  return phase;
}

/** The phase with the longest checklist that another phase requires, and the first phase that requires it. */
export function longestRequiredPhase(lang = 'fr'): { phase: GuidePhase; next: GuidePhase } {
  const [phase] = phasesInOrder(lang)
    .filter(isRequired)
    .sort((a, b) => stepCount(b) - stepCount(a));
  const next = phase && phasesInOrder(lang).find((other) => other.data.prerequisites.includes(phase.slug));
  if (!phase || !next) throw new Error('The guide under test has no phase that another requires');
  return { phase, next };
}

/** The glossary terms of a language (id and term), in the file's order. */
export function glossaryTerms(lang: string): { id: string; term: string }[] {
  const glossary = guideSource().glossaries.find((file) => file.lang === lang);
  const data = glossary?.yaml.data as { terms?: { id: string; term: string }[] } | undefined;
  return data?.terms ?? [];
}
