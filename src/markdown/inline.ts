/**
 * Inline Markdown for short texts kept in frontmatter (checklist labels and verifications): `code`,
 * emphasis and links, rendered with the language's punctuation rules, paragraphs unwrapped.
 */
import type { Lang } from '../i18n/locales.ts';
import { renderMarkdown, type RenderOptions } from './block.ts';

/** `Run \`Move-CsUser\`` → `Run <code>Move-CsUser</code>`. */
export function renderInline(markdown: string, lang: Lang, resolveHref?: RenderOptions['resolveHref']): string {
  return renderMarkdown(markdown, { lang, inline: true, ...(resolveHref ? { resolveHref } : {}) });
}
