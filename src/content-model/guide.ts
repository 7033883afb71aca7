/**
 * Reads the guide from the content collections, once per build, in the shape pages need:
 * per language, the home text and the phases in reading order, plus the role vocabulary and the
 * glossaries. Mistakes the schemas cannot see (a phase missing in one language, an unknown
 * prerequisite) never reach this point: the content checks (src/checks/) stop the build first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { translate } from '../i18n/index.ts';
import { defaultLang, langs, locales, type Lang } from '../i18n/locales.ts';
import { parseMdx } from '../checks/mdx-source.ts';
import { contentDir } from '../content-dir.ts';
import { typesetText } from '../markdown/typography.ts';
import { stepNumbers } from '../steps/numbers.ts';
import { checklistPlacements, type Placement } from '../steps/placements.ts';
import { stepHashes } from '../steps/text-hashes.ts';
import { readWindows, windowItems, type ChangeWindow } from '../steps/windows.ts';
import { orderPhases, splitEntryId } from '../utils/phases.ts';

export type PhaseEntry = CollectionEntry<'phases'>;
export type HomeEntry = CollectionEntry<'home'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface Phase {
  readonly lang: Lang;
  readonly slug: string;
  readonly phase: number;
  readonly entry: PhaseEntry;
  readonly data: PhaseEntry['data'];
  /**
   * Each item's speakable number, `<phase>.<n>` (src/steps/numbers.ts): the page, the sheets, the text's
   * references, search and exports all use it.
   */
  readonly numbers: ReadonlyMap<string, string>;
  /** Where the document places its steps (`<Checklist>`), in reading order; the rest end the page. */
  readonly placements: readonly Placement[];
  /**
   * Each item's text hash (src/steps/text-hashes.ts): of the default language's label and verification, the
   * same in every language, so that a mark made on any page can tell when the step's text changed.
   */
  readonly hashes: ReadonlyMap<string, string>;
}

/** A change window with the phase and steps it holds, in one language. */
export interface PhaseWindow {
  readonly window: ChangeWindow;
  readonly phase: Phase;
  /** The window's item ids, in order. */
  readonly items: readonly string[];
  /** The numbers of its first and last steps. */
  readonly first: string;
  readonly last: string;
}

export interface Guide {
  readonly home: Readonly<Record<Lang, HomeEntry>>;
  readonly phases: Readonly<Record<Lang, readonly Phase[]>>;
  readonly roles: ReadonlyMap<string, Readonly<Record<Lang, string>>>;
  /** The glossary of each language; absent when the guide has none (no glossary page then). */
  readonly glossary: Readonly<Partial<Record<Lang, GlossaryEntry>>>;
  /** The change windows (`windows.yaml`) in their order, each with its phase and steps, per language. */
  readonly windows: Readonly<Record<Lang, readonly PhaseWindow[]>>;
}

let cached: Promise<Guide> | undefined;

export function getGuide(): Promise<Guide> {
  cached ??= loadGuide();
  return cached;
}

async function loadGuide(): Promise<Guide> {
  const [phaseEntries, homeEntries, roleEntries, glossaryEntries] = await Promise.all([
    getCollection('phases'),
    getCollection('home'),
    getCollection('roles'),
    getCollection('glossary'),
  ]);
  const home = {} as Record<Lang, HomeEntry>;
  const phases = {} as Record<Lang, Phase[]>;
  const reference = (slug: string) =>
    phaseEntries.find((entry) => {
      const id = splitEntryId(entry.id);
      return id.lang === defaultLang && id.slug === slug;
    })?.data.checklist;
  for (const lang of langs) {
    const homeEntry = homeEntries.find((entry) => entry.id === lang);
    if (!homeEntry) throw new Error(`content/home/${lang}.mdx is missing: every language needs the guide's home text.`);
    const typeset = (text: string) => typesetText(text, locales[lang].punctuation === 'french');
    const { title, shortTitle, description } = homeEntry.data;
    home[lang] = {
      ...homeEntry,
      data: {
        ...homeEntry.data,
        title: typeset(title),
        shortTitle: typeset(shortTitle),
        description: typeset(description),
      },
    };
    phases[lang] = orderPhases(
      phaseEntries
        .map((entry) => ({ entry, ...splitEntryId(entry.id) }))
        .filter((item) => item.lang === lang)
        .map(({ entry, slug }) => ({
          lang,
          slug,
          phase: entry.data.phase,
          entry,
          data: typesetPhase(entry.data, typeset),
          numbers: stepNumbers(entry.data.phase, entry.data.checklist),
          placements: placementsOf(entry),
          hashes: stepHashes(entry.data.checklist, reference(slug)),
        })),
    );
  }
  const roles = new Map(roleEntries.map((entry) => [entry.id, entry.data as Record<Lang, string>]));
  const glossary: Partial<Record<Lang, GlossaryEntry>> = {};
  for (const entry of glossaryEntries) {
    if (!(langs as readonly string[]).includes(entry.id)) continue;
    const french = locales[entry.id as Lang].punctuation === 'french';
    const terms = entry.data.terms.map((term) => ({ ...term, term: typesetText(term.term, french) }));
    glossary[entry.id as Lang] = { ...entry, data: { ...entry.data, terms } };
  }
  // Window titles and outages are data, typeset as the other data texts are (French spacing before `;`).
  const declared = readWindows(contentDir()).map((window) => ({
    ...window,
    wording: Object.fromEntries(
      langs.map((lang) => {
        const french = locales[lang].punctuation === 'french';
        const { title, outage } = window.wording[lang];
        return [lang, { title: typesetText(title, french), outage: typesetText(outage, french) }];
      }),
    ) as ChangeWindow['wording'],
  }));
  const windows = {} as Record<Lang, PhaseWindow[]>;
  for (const lang of langs) {
    windows[lang] = declared.flatMap((window) => {
      const phase = phases[lang].find((candidate) => windowItems(candidate.data.checklist, window.id).length > 0);
      if (!phase) return [];
      const items = windowItems(phase.data.checklist, window.id);
      const number = (id: string | undefined) => (id && phase.numbers.get(id)) ?? '';
      return [{ window, phase, items, first: number(items[0]), last: number(items.at(-1)) }];
    });
  }
  return { home, phases, roles, glossary, windows };
}

/** The `<Checklist>` placements of a phase document's body (its syntax errors stop the build elsewhere). */
function placementsOf(entry: PhaseEntry): Placement[] {
  const parsed = parseMdx(entry.body ?? '', entry.filePath ?? entry.id);
  return 'tree' in parsed ? checklistPlacements(parsed.tree) : [];
}

/**
 * The plain texts of a phase's frontmatter, typeset for display (quotes, apostrophes, French spacing).
 * Labels and verifications are Markdown: they are typeset when rendered (render-markdown.ts).
 */
function typesetPhase(data: PhaseEntry['data'], typeset: (text: string) => string): PhaseEntry['data'] {
  return {
    ...data,
    title: typeset(data.title),
    navTitle: typeset(data.navTitle),
    summary: typeset(data.summary),
    tools: data.tools.map(typeset),
    checklist: data.checklist.map((group) => ({ ...group, title: typeset(group.title) })),
  };
}

export async function getPhases(lang: Lang): Promise<readonly Phase[]> {
  return (await getGuide()).phases[lang];
}

/** The phase `slug` of `lang`, if that language has it. */
export function findPhase(guide: Guide, lang: Lang, slug: string): Phase | undefined {
  return guide.phases[lang].find((phase) => phase.slug === slug);
}

/** "Phase 4", in the phase's language; undefined for phase 0 ("before you begin"), which has no number. */
export function phaseNumberLabel(phase: Phase): string | undefined {
  return phase.phase > 0 ? translate(phase.lang, 'phase.number', { number: phase.phase }) : undefined;
}

/** A phase as the reader names it: "Phase 6 — Into production"; a phase before the first, by its title alone when that already says so. */
export function phaseName(phase: Phase): string {
  const label = phaseNumberLabel(phase) ?? translate(phase.lang, 'phase.before');
  return label === phase.data.navTitle ? label : `${label} — ${phase.data.navTitle}`;
}

/** A role's label in `lang`; its id for a role the vocabulary lacks (the content checks report it). */
export function roleLabel(guide: Guide, lang: Lang, role: string): string {
  return guide.roles.get(role)?.[lang] ?? role;
}

/** The same page in every language that has it, for the language switcher and hreflang. */
export async function translationsOf(slug: string): Promise<Lang[]> {
  const guide = await getGuide();
  return langs.filter((lang) => findPhase(guide, lang, slug));
}
