/**
 * Explicit section ids. A heading may end with `{#some-id}` (written `\{#some-id\}` in MDX, where a bare
 * brace starts an expression): the section then has that id in every language, so that links, search
 * results and the language switcher can point at the same section of the French and English pages.
 */
export const HEADING_ID = /[ \t]*\\?\{#([a-z0-9]+(?:-[a-z0-9]+)*)\\?\}[ \t]*$/;

/**
 * Marks an element whose id is the same in every language (explicit heading ids, and the engine's own
 * anchors), as opposed to ids made from a heading's words: the language switcher only keeps those.
 */
export const SHARED_ANCHOR_ATTRIBUTE = 'data-shared-anchor';

/** The attribute to spread on such an element in a component: `<h2 id="phases" {...sharedAnchor}>`. */
export const sharedAnchor = { [SHARED_ANCHOR_ATTRIBUTE]: '' } as const;

/** Splits `Title {#id}` into its text and id; `id` is undefined when the heading has none. */
export function splitHeadingId(text: string): { text: string; id: string | undefined } {
  const match = HEADING_ID.exec(text);
  return match ? { text: text.slice(0, match.index), id: match[1] } : { text, id: undefined };
}
