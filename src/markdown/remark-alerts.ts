/**
 * Remark plugin: the GitHub/DocFX alert syntax becomes a callout with a translated title.
 *
 *   > [!WARNING]
 *   > Back up the database first.
 *
 * renders as `<aside class="callout callout-warning" role="note"><p class="callout-title">Warning</p>…`.
 * An unknown type (`> [!DANGER]`) stops the build with the file, the line and the accepted types.
 */
import type { Blockquote, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { translate } from '../i18n/index.ts';
import { defaultLang, langFromPath } from '../i18n/locales.ts';

export const ALERT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
type AlertType = (typeof ALERT_TYPES)[number];

export const ALERT_MARKER = /^\[!([A-Za-z]+)\][ \t]*(?:\r?\n)?/;

export function remarkAlerts() {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path ?? '') ?? defaultLang;
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const lead = first.children[0];
      if (lead?.type !== 'text') return;
      const match = ALERT_MARKER.exec(lead.value);
      if (!match) return;
      const type = match[1]!.toLowerCase();
      if (!(ALERT_TYPES as readonly string[]).includes(type)) {
        file.fail(
          `Unknown alert type "[!${match[1]}]". Use one of: ${ALERT_TYPES.map((t) => `[!${t.toUpperCase()}]`).join(', ')}.`,
          lead,
          'remark-alerts:unknown-type',
        );
      }
      lead.value = lead.value.slice(match[0].length);
      stripLeadingBreak(first);
      if (first.children.length === 0) node.children.shift();

      const title: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'] } },
        children: [{ type: 'text', value: translate(lang, `callout.${type as AlertType}`) }],
      };
      node.children.unshift(title);
      node.data = {
        ...node.data,
        hName: 'aside',
        hProperties: { className: ['callout', `callout-${type}`], role: 'note' },
      };
    });
  };
}

/** After `[!NOTE]` the DocFX form has a hard break (two trailing spaces) or a newline: drop it. */
function stripLeadingBreak(paragraph: Paragraph): void {
  const lead = paragraph.children[0];
  if (lead?.type === 'text' && lead.value.trim() === '') paragraph.children.shift();
  if (paragraph.children[0]?.type === 'break') paragraph.children.shift();
  const next = paragraph.children[0];
  if (next?.type === 'text') next.value = next.value.replace(/^\s+/, '');
}
