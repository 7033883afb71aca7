/**
 * Rehype plugin: each highlighted code block gets a frame with its language's name and a copy button.
 * The button is rendered `hidden` and shown by the page script (copy needs JavaScript); the code itself
 * reads and prints without it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { translate } from '../i18n/index.ts';
import { defaultLang, langFromPath } from '../i18n/locales.ts';

/** Display names of code languages; others are shown as written. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  powershell: 'PowerShell',
  ps1: 'PowerShell',
  cmd: 'Cmd',
  bat: 'Cmd',
  text: '',
  plaintext: '',
  txt: '',
  xml: 'XML',
  json: 'JSON',
  yaml: 'YAML',
  ini: 'INI',
  sql: 'SQL',
  bash: 'Bash',
  sh: 'Shell',
};

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

function codeLanguage(pre: Element): string {
  const fromData = pre.properties['dataLanguage'];
  if (typeof fromData === 'string') return fromData;
  const classes = Array.isArray(pre.properties['className']) ? pre.properties['className'] : [];
  const languageClass = classes.find((name) => String(name).startsWith('language-'));
  return languageClass ? String(languageClass).slice('language-'.length) : '';
}

export function rehypeCodeBlocks() {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path ?? '') ?? defaultLang;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const language = codeLanguage(node);
      // A long command scrolls sideways on a small screen: keyboard users must be able to scroll it too.
      node.properties['tabIndex'] = 0;
      const name = languageName(language);
      const label = name ? translate(lang, 'code.copyLabel', { language: name }) : translate(lang, 'code.copy');
      const frame = h('div', { className: ['code-block'], dataCodeLanguage: language || undefined }, [
        h('div', { className: ['code-block-bar'] }, [
          h('span', { className: ['code-block-language'] }, name),
          // Long lines scroll (with a shadow at the cut edge, code-block CSS), or wrap on demand.
          h(
            'button',
            { type: 'button', className: ['wrap-button'], hidden: true, ariaPressed: 'false' },
            translate(lang, 'code.wrap'),
          ),
          h(
            'button',
            {
              type: 'button',
              className: ['copy-button'],
              hidden: true,
              ariaLabel: label,
              dataCopied: translate(lang, 'code.copied'),
              dataFailed: translate(lang, 'code.copyFailed'),
            },
            translate(lang, 'code.copy'),
          ),
        ]),
        node,
      ]);
      parent.children[index] = frame as ElementContent;
      return SKIP;
    });
  };
}
