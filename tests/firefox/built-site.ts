/**
 * Facts the Firefox tests need, read from the built site (dist-e2e/, which `npm run test:e2e` builds)
 * rather than from a guide's content: the languages, the pages, a phase with a checklist and its step ids,
 * a command shown in a code block. Any guide built by the engine serves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

export const DIST = new URL('../../dist-e2e/', import.meta.url).pathname;

function read(path: string): string {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run test:e2e does)`);
  return readFileSync(file, 'utf8');
}

const trees = new Map<string, Root>();

/** A built page, parsed. */
function tree(path: string): Root {
  let found = trees.get(path);
  if (!found) trees.set(path, (found = fromHtml(read(path))));
  return found;
}

/** The elements of a page that match, in document order. */
function elements(path: string, match: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree(path), 'element', (element: Element) => {
    if (match(element)) found.push(element);
  });
  return found;
}

function hasClass(element: Element, name: string): boolean {
  const classes = element.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
}

/** The text of a node, spaces collapsed. */
export function textOf(node: Root | RootContent): string {
  const parts: string[] = [];
  // What a browser shows and prints: an element marked hidden (another language's label) is not text.
  visit(node, (child) => {
    if (child.type === 'element' && child.properties['hidden']) return SKIP;
    if (child.type === 'text') parts.push(child.value);
    return undefined;
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The site's languages: the top folders holding a home page. */
export function builtLangs(): string[] {
  return readdirSync(DIST)
    .filter((name) => !name.startsWith('_') && name !== 'pagefind' && existsSync(join(DIST, name, 'index.html')))
    .sort();
}

/** Every page of a language, as a path relative to the base (`fr/`, `fr/glossary/`, ...). */
export function pagesOf(lang: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(DIST, dir)).flatMap((name) => {
      const path = `${dir}${name}`;
      if (statSync(join(DIST, path)).isDirectory()) return walk(`${path}/`);
      return name === 'index.html' ? [dir] : [];
    });
  return walk(`${lang}/`).sort();
}

/** The pages of a language that have a printable sign-off sheet (`fr/<slug>/`), in the site's order. */
export function phasesWithSheet(lang: string): string[] {
  return pagesOf(lang)
    .filter((path) => path.endsWith('/checklist/'))
    .map((path) => path.slice(0, -'checklist/'.length));
}

/** The first phase with a sheet, in a language. */
export function checklistPhase(lang: string): string {
  const [first] = phasesWithSheet(lang);
  if (!first)
    throw new Error(`No built page of ${lang} has a sign-off sheet: the Firefox tests need a phase with a checklist`);
  return first;
}

/** The step ids of a page's checklists, in order. */
export function stepIds(path: string): string[] {
  return [
    ...new Set(
      elements(path, (element) => element.properties['dataChecklistItem'] !== undefined).map((element) =>
        String(element.properties['dataChecklistItem']),
      ),
    ),
  ];
}

/** The labels of a sign-off sheet's steps, in order. */
export function sheetSteps(path: string): string[] {
  return textsOfClass(path, 'sheet-step');
}

/** The texts of the elements of a page with this class, in order. */
export function textsOfClass(path: string, className: string): string[] {
  return elements(path, (element) => hasClass(element, className)).map(textOf);
}

/** The page the language switcher of a page leads to, in another language (`en/<slug>/`). */
export function counterpart(path: string, lang: string): string {
  const [link] = elements(path, (element) => element.tagName === 'a' && element.properties['dataSwitchLang'] === lang);
  const href = String(link?.properties['href'] ?? '');
  const [icon] = elements(
    '',
    (element) => element.tagName === 'link' && String(element.properties['href']).endsWith('favicon.svg'),
  );
  const base = String(icon?.properties['href'] ?? '/').replace(/favicon\.svg$/, '');
  if (!href.startsWith(base)) throw new Error(`${path} has no link to its ${lang} page`);
  return href.slice(base.length);
}

/**
 * A command a reader would search for, with the page that shows it: the first PowerShell-like
 * `Verb-Noun` word of a phase page's code blocks, else the first word of a code block.
 */
export function searchableCommand(lang: string): { command: string; page: string } {
  const phases = phasesWithSheet(lang);
  for (const pattern of [/\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b/, /[A-Za-z][\w.-]{3,}/]) {
    for (const page of phases) {
      for (const block of elements(page, (element) => element.tagName === 'pre')) {
        const command = pattern.exec(textOf(block))?.[0];
        if (command) return { command, page };
      }
    }
  }
  throw new Error(`No phase page of ${lang} shows a command in a code block`);
}
