/**
 * The languages of the guide must match: every document exists in every language, and its versions share
 * their checklist ids (progress is stored under them and shared by the languages), phase number,
 * prerequisites and section ids (links, search results and the language switcher land on them). Each
 * version is compared with the one in the reference language (French), and the differing ids are listed.
 */
import { defaultLang, langs } from '../i18n/locales.ts';
import type { GuideSource, MdxDocument } from './guide-source.ts';
import { languageName } from './language-name.ts';
import { error, type Problem } from './problem.ts';
import { checklistIds, checklistWaits, glossaryTerms, phaseNumber, prerequisites } from './raw-data.ts';
import type { YamlData } from './yaml-source.ts';

interface Version {
  readonly lang: string;
  readonly file: string;
  readonly yaml: YamlData | undefined;
  readonly document?: MdxDocument;
}

export function checkLanguages(source: GuideSource): Problem[] {
  const problems: Problem[] = [];
  const bySlug = groupBy(
    source.phases.map((document) => ({
      key: document.slug,
      version: { lang: document.lang, file: document.file, yaml: document.frontmatter, document },
    })),
  );
  for (const versions of bySlug.values()) {
    problems.push(
      ...missingLanguages(versions, (file, from, to) =>
        file.replace(new RegExp(`(^|/)phases/${from}/`), `$1phases/${to}/`),
      ),
    );
    problems.push(...compareVersions(versions, comparePhase));
  }
  const homes = source.homes.map((document) => ({
    lang: document.lang,
    file: document.file,
    yaml: document.frontmatter,
  }));
  if (homes.length > 0) problems.push(...missingLanguages(homes, renameFile));
  const glossaries = source.glossaries.map((glossary) => ({
    lang: glossary.lang,
    file: glossary.file,
    yaml: glossary.yaml,
  }));
  if (glossaries.length > 0) {
    problems.push(...missingLanguages(glossaries, renameFile));
    problems.push(...compareVersions(glossaries, compareGlossary));
  }
  return problems;
}

function groupBy<T>(entries: readonly { key: string; version: T }[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const { key, version } of entries) groups.set(key, [...(groups.get(key) ?? []), version]);
  return groups;
}

/** `content/home/fr.mdx` → `content/home/en.mdx`. */
function renameFile(file: string, from: string, to: string): string {
  return file.replace(new RegExp(`(^|/)${from}(\\.[a-z]+)$`), `$1${to}$2`);
}

function missingLanguages(
  versions: readonly Version[],
  fileIn: (file: string, from: string, to: string) => string,
): Problem[] {
  return versions.flatMap((version) =>
    langs
      .filter((lang) => !versions.some((other) => other.lang === lang))
      .map((lang) => {
        const missing = fileIn(version.file, version.lang, lang);
        return error(
          { file: version.file },
          `no ${languageName(lang)} version: ${missing} does not exist`,
          `translate this document into ${missing} (same file name in every language), or delete it in every language`,
        );
      }),
  );
}

type Compare = (version: Version, reference: Version) => Problem[];

/** Compares every version with the reference language's, or with the first language present. */
function compareVersions(versions: readonly Version[], compare: Compare): Problem[] {
  // A version whose data cannot be read (reported where it is read) has nothing to compare.
  const readable = versions.filter((version) => version.yaml?.data !== undefined);
  const reference = readable.find((version) => version.lang === defaultLang) ?? readable[0];
  if (!reference) return [];
  return readable.filter((version) => version !== reference).flatMap((version) => compare(version, reference));
}

function comparePhase(version: Version, reference: Version): Problem[] {
  const data = version.yaml?.data;
  const referenceData = reference.yaml?.data;
  const problems: Problem[] = [];
  const ids = differingIds(version, reference, 'checklist', checklistIds(data), checklistIds(referenceData));
  if (ids)
    problems.push(
      error(
        ids.where,
        `checklist ids differ from ${describe(reference)}: ${ids.list}`,
        `use the same group and item ids in every language (progress is stored under them); copy them from ${reference.file}`,
      ),
    );
  const number = phaseNumber(data);
  const referenceNumber = phaseNumber(referenceData);
  if (number !== undefined && referenceNumber !== undefined && number !== referenceNumber) {
    problems.push(
      error(
        { file: version.file, line: version.yaml?.lineOf(['phase']), field: 'phase' },
        `phase is ${number} here but ${referenceNumber} in ${describe(reference)}`,
        'give the document the same phase number in every language',
      ),
    );
  }
  const referenceWaits = checklistWaits(referenceData);
  for (const [id, wait] of checklistWaits(data)) {
    const other = referenceWaits.get(id);
    if (other?.time === wait.time) continue;
    const there = other ? `${other.time ?? 'no time'}` : 'none';
    problems.push(
      error(
        { file: version.file, line: version.yaml?.lineOf(wait.path), field: wait.path.join('.') },
        `item ${id} waits ${wait.time ?? 'no time'} here but ${there} in ${describe(reference)}`,
        'give an item the same wait time in every language (only its reason is translated)',
      ),
    );
  }
  const ownWaits = checklistWaits(data);
  for (const [id, wait] of referenceWaits) {
    if (ownWaits.has(id) || !checklistIds(data).some((item) => item.value === id)) continue;
    problems.push(
      error(
        { file: version.file, line: version.yaml?.lineOf(['checklist']), field: 'checklist' },
        `item ${id} has no wait here but waits ${wait.time ?? 'no time'} in ${describe(reference)}`,
        'give an item the same wait time in every language (only its reason is translated)',
      ),
    );
  }
  const prerequisiteIds = differingIds(
    version,
    reference,
    'prerequisites',
    prerequisites(data),
    prerequisites(referenceData),
  );
  if (prerequisiteIds)
    problems.push(
      error(
        prerequisiteIds.where,
        `prerequisites differ from ${describe(reference)}: ${prerequisiteIds.list}`,
        'list the same prerequisites in every language',
      ),
    );
  const sections = (document: MdxDocument | undefined) =>
    (document?.headings ?? [])
      .filter((heading) => heading.explicit)
      .map((heading) => ({ value: heading.id, line: heading.line }));
  if (version.document?.tree && reference.document?.tree) {
    const sectionIds = differingIds(version, reference, '', sections(version.document), sections(reference.document));
    if (sectionIds)
      problems.push(
        error(
          sectionIds.where,
          `section ids differ from ${describe(reference)}: ${sectionIds.list}`,
          'give each section the same id in every language: ## Title \\{#section-id\\}',
        ),
      );
  }
  return problems;
}

function compareGlossary(version: Version, reference: Version): Problem[] {
  const ids = (yaml: YamlData | undefined) => glossaryTerms(yaml?.data).flatMap((term) => (term.id ? [term.id] : []));
  const differing = differingIds(version, reference, 'terms', ids(version.yaml), ids(reference.yaml));
  return differing
    ? [
        error(
          differing.where,
          `term ids differ from ${describe(reference)}: ${differing.list}`,
          'give each term the same id in every language',
        ),
      ]
    : [];
}

function describe(reference: Version): string {
  return `the ${languageName(reference.lang)} version (${reference.file})`;
}

interface IdAt {
  readonly value: string;
  readonly path?: readonly PropertyKey[];
  readonly line?: number;
}

/**
 * The ids of `version` that the reference lacks, and the reference's ids that `version` lacks, as one
 * sentence; undefined when they are the same. Located at the first extra id, else at `field`.
 */
function differingIds(
  version: Version,
  reference: Version,
  field: string,
  own: readonly IdAt[],
  theirs: readonly IdAt[],
) {
  const ownIds = new Set(own.map((id) => id.value));
  const referenceIds = new Set(theirs.map((id) => id.value));
  const extra = own.filter((id) => !referenceIds.has(id.value));
  const missing = theirs.filter((id) => !ownIds.has(id.value));
  if (extra.length === 0 && missing.length === 0) return undefined;
  const parts = [
    ...(missing.length > 0 ? [`missing here: ${missing.map((id) => id.value).join(', ')}`] : []),
    ...(extra.length > 0
      ? [`not in the ${languageName(reference.lang)} version: ${extra.map((id) => id.value).join(', ')}`]
      : []),
  ];
  const first = extra[0];
  const line =
    first?.line ?? (first?.path ? version.yaml?.lineOf(first.path) : field ? version.yaml?.lineOf([field]) : undefined);
  return { where: { file: version.file, line, field: field || undefined }, list: parts.join('; ') };
}
