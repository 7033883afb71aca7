/**
 * The section the reader is looking at, so that switching language opens the other language's page at the
 * same place (section, sub-heading, checklist group and glossary term ids are the same in every language).
 */

export interface Landmark {
  readonly id: string;
  /** Distance from the top of the viewport to the element's top, in CSS pixels (negative once scrolled past). */
  readonly top: number;
}

export interface Viewport {
  readonly height: number;
  /** How far down the screen a heading still counts as the one being read. */
  readonly line: number;
}

/** The reading line: near the top, where a heading sits once scrolled to, short of the next close heading. */
export function readingLine(viewportHeight: number): number {
  return Math.min(viewportHeight / 4, 120);
}

/**
 * The id to open the other language at: the address's own anchor while its target is still on screen
 * (a section near the end of a page never reaches the top), else the last landmark whose top is above the
 * reading line, else none (the top of the page).
 */
export function sectionInView(
  landmarks: readonly Landmark[],
  viewport: Viewport,
  current?: Landmark,
): string | undefined {
  if (current && current.top >= 0 && current.top < viewport.height) return current.id;
  let found: string | undefined;
  for (const landmark of landmarks) if (landmark.top <= viewport.line) found = landmark.id;
  return found;
}
