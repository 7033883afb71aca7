/** The components that documents may use in their MDX, without importing them. */
import Checklist from './Checklist.astro';
import Definitions from './Definitions.astro';
import type { homeComponentProps, phaseComponentProps } from './props.ts';

/** Available in phase documents (`content/phases/<lang>/*.mdx`); the checks know them by props.ts. */
export const mdxComponents = { Checklist, Definitions } satisfies Record<keyof typeof phaseComponentProps, unknown>;

/** Placed by the build (src/markdown/remark-window-marks.ts), never by authors: phase pages and the book pass it too. */
export { default as WindowMark } from './WindowMark.astro';

/** Available in the home text (`content/home/<lang>.mdx`). */
export const homeComponents = { Definitions } satisfies Record<keyof typeof homeComponentProps, unknown>;
