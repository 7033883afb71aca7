/**
 * French typography on every built French page, whatever wrote the text (Markdown bodies, data files such as
 * windows.yaml or the glossary, the UI dictionary): a no-break space (narrow or not) before `; : ! ?` that end
 * a clause and inside « guillemets », in the text a reader sees and in the labels assistive technology reads.
 * Code (`code`, `pre`, `kbd`, `samp`) is left exactly as written. Runs on both guides' built sites.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

const DIST = new URL('../../dist-e2e/', import.meta.url).pathname;
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);
const READ_ATTRIBUTES = ['title', 'ariaLabel', 'placeholder', 'alt'] as const;
/** High punctuation ending a clause, after an ordinary space or glued to the word before it. */
const MISSING_SPACE = /(?: |[\p{L}\p{N})’])[;:!?](?=\s|$)/u;
const BAD_GUILLEMETS = /«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/u;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The text runs and read attributes of a page, code aside. */
function texts(node: Root | RootContent, found: string[] = []): string[] {
  if (node.type === 'text') found.push(node.value);
  if (node.type !== 'element' && node.type !== 'root') return found;
  if (node.type === 'element') {
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) return found;
    for (const name of READ_ATTRIBUTES) {
      const value = element.properties[name];
      if (typeof value === 'string') found.push(value);
    }
  }
  for (const child of node.children) texts(child, found);
  return found;
}

test('every French page puts a no-break space before ; : ! ? and inside « guillemets », code aside', () => {
  const files = htmlFiles(join(DIST, 'fr'));
  expect(files.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of files) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    // One text node may be a fragment of a sentence: the checks look at each run as written.
    for (const text of texts(tree)) {
      const run = text.replace(/[ \t\r\n]+/g, ' ');
      const bad = MISSING_SPACE.exec(run) ?? BAD_GUILLEMETS.exec(run);
      if (bad) problems.push(`${file.replace(DIST, '')}: …${run.slice(Math.max(0, bad.index - 40), bad.index + 20)}…`);
    }
  }
  expect(problems).toEqual([]);
});
