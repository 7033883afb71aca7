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

export interface SourceHeading {
  /** 1-based line in the source file. */
  readonly line: number;
  readonly depth: number;
  readonly text: string;
  readonly id: string | undefined;
}

/**
 * The ATX headings of a Markdown/MDX source, outside fenced code and frontmatter. A light scan, shared by
 * the link resolver and the content checks, that needs no full parse.
 */
export function scanHeadings(source: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  const lines = source.split(/\r?\n/);
  let fence: string | undefined;
  let index = 0;
  if (lines[0]?.trim() === '---') {
    index = lines.findIndex((line, i) => i > 0 && line.trim() === '---') + 1;
  }
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]![0]!.repeat(fenceMatch[1]!.length);
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const { text, id } = splitHeadingId(heading[2]!);
      headings.push({ line: index + 1, depth: heading[1]!.length, text: text.trim(), id });
    }
  }
  return headings;
}
