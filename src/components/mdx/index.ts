/** The components that documents may use in their MDX, without importing them. */
import Checklist from './Checklist.astro';
import Definitions from './Definitions.astro';
import type { homeComponentProps, phaseComponentProps } from './props.ts';

/** Available in phase documents (`content/phases/<lang>/*.mdx`); the checks know them by props.ts. */
export const mdxComponents = { Checklist, Definitions } satisfies Record<keyof typeof phaseComponentProps, unknown>;

/** Available in the home text (`content/home/<lang>.mdx`). */
export const homeComponents = { Definitions } satisfies Record<keyof typeof homeComponentProps, unknown>;
