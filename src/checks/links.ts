/**
 * Links and images. A link between documents is written as in the original document
 * (`phase-2-prepare-for-migration.md`, `migration-process.md#anchor`) and must lead to a page, and an
 * anchor of that page, of the same language; the build puts it under the base path. Reported: targets
 * that do not exist, absolute paths (they break under a base path), links into the other language, and
 * images that are not files of the guide.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { linkTargets, sitePages } from '../content-model/site-map.ts';
import { isLang } from '../i18n/locales.ts';
import { resolveLink, type LinkTargets } from '../markdown/link-targets.ts';
import type { GuideSource } from './guide-source.ts';
import { languageName } from './language-name.ts';
import { findLinks, type FoundLink } from './link-sources.ts';
import { error, type Problem } from './problem.ts';
import { closestMatch, didYouMean } from './suggest.ts';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const FILE_NAME_FORM =
  'link a phase by its file name (phase-2-prepare-for-migration.md), a section by its id (migration-process.md), with #anchor if needed';

interface Context {
  readonly targets: (lang: string) => LinkTargets;
  /** Anchors of each page, by `<lang>/<page>`. */
  readonly anchors: ReadonlyMap<string, readonly string[]>;
  /** Languages with a document that could not be parsed (reported): its section ids are unknown. */
  readonly unparsed: ReadonlySet<string>;
}

export function checkLinks(source: GuideSource): Problem[] {
  // The same resolution as the build (remark-internal-links.ts): the same site map, the same rules.
  const cache = new Map<string, LinkTargets>();
  const targets = (lang: string) => {
    if (!cache.has(lang)) cache.set(lang, linkTargets(source, lang));
    return cache.get(lang)!;
  };
  // Pages read only in part (a syntax error, reported) may lack anchors: links to them are not judged.
  const anchors = new Map(
    sitePages(source)
      .filter((page) => page.complete)
      .map((page) => [`${page.lang}/${page.page}`, page.anchors.map((anchor) => anchor.id)]),
  );
  const unparsed = new Set(
    source.phases.filter((document) => document.tree === undefined).map((document) => document.lang),
  );
  return findLinks(source).flatMap((link) => {
    const problem = link.kind === 'image' ? checkImage(link) : checkLink(link, { targets, anchors, unparsed });
    return problem
      ? [error({ file: link.file, line: link.line, field: link.field }, problem.message, problem.fix)]
      : [];
  });
}

type Finding = { message: string; fix: string } | undefined;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function checkLink(link: FoundLink, context: Context): Finding {
  const { href, lang } = link;
  if (href.trim() === '') return { message: 'a link has no target', fix: FILE_NAME_FORM };
  if (EXTERNAL.test(href)) return undefined;
  if (href.startsWith('#')) return checkAnchor(href, link.page, link, context);
  const segments = href.replace(/^(?:\.\.?\/)+|^\/+/, '').split(/[/#]/);
  const [first = '', second] = segments;
  const target = second ? second.replace(/\.mdx?$/, '') : first;
  if (isLang(first) && first !== lang) {
    return {
      message: `link "${href}" leads into the ${languageName(first)} version of the guide, from a ${languageName(lang)} page`,
      fix: `link "${target || first}.md" (the same page in ${languageName(lang)}); readers change language with the language menu`,
    };
  }
  if (href.startsWith('/')) {
    return {
      message: `link "${href}" is an absolute path, which breaks when the site is served under a base path (BASE_PATH)`,
      fix: target && target !== first ? `link the page by its file name: "${target}.md"` : FILE_NAME_FORM,
    };
  }
  const resolution = resolveLink(href, lang, '/', context.targets(lang));
  if (resolution.kind === 'resolved')
    return checkAnchor(resolution.hash === undefined ? '' : `#${resolution.hash}`, resolution.page, link, context);
  // A section of a document that could not be parsed is unknown: the syntax error is reported, not the links.
  if (resolution.kind === 'unknown' && context.unparsed.has(lang)) return undefined;
  if (resolution.kind === 'unknown') {
    const known = context.targets(lang);
    const name =
      href
        .split('#')[0]!
        .replace(/\.mdx?$/, '')
        .split('/')
        .at(-1) ?? '';
    const suggestion = closestMatch(name, [...known.pages, ...known.sections.keys()]);
    return {
      message: `link "${href}" leads to no page or section of the guide in ${languageName(lang)}`,
      fix: suggestion ? `did you mean "${suggestion}.md"? Otherwise, ${FILE_NAME_FORM}` : FILE_NAME_FORM,
    };
  }
  return undefined;
}

function checkAnchor(hash: string, page: string, link: FoundLink, context: Context): Finding {
  const anchor = decode(hash.slice(1));
  const anchors = context.anchors.get(`${link.lang}/${page}`);
  // Pages the content does not describe (such as the checklists page) are checked after the build, with
  // pages read only in part.
  if (anchor === '' || !anchors || anchors.includes(anchor)) return undefined;
  const on = page === link.page ? 'this page' : page === '' ? 'the home page' : `page "${page}"`;
  return {
    message: `link "${link.href}": ${on} has no anchor "${anchor}"${didYouMean(anchor, anchors)}`,
    fix: 'link to a section id, a checklist group id or a glossary term id of that page; a heading gets a fixed id with ## Title \\{#id\\}',
  };
}

function checkImage(link: FoundLink): Finding {
  const { href } = link;
  if (EXTERNAL.test(href) || href.startsWith('/')) {
    return {
      message: `image "${href}" is not a file of the guide: ${href.startsWith('/') ? 'an absolute path breaks under a base path' : 'the site makes no request outside itself'}`,
      fix: 'put the image beside the document and give its relative path, such as ./images/topology.png',
    };
  }
  const file = resolve(dirname(link.path), decode(href.split(/[?#]/)[0]!));
  return existsSync(file)
    ? undefined
    : {
        message: `image "${href}" does not exist`,
        fix: 'correct the path, relative to the document, or add the image file',
      };
}
