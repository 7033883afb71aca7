/** The components that documents may use in their MDX, without importing them. */
import Checklist from './Checklist.astro';
import Definitions from './Definitions.astro';

/** Available in phase documents (`content/phases/<lang>/*.mdx`). */
export const mdxComponents = { Checklist, Definitions };

/** Available in the home text (`content/home/<lang>.mdx`). */
export const homeComponents = { Definitions };

export type MdxComponentName = keyof typeof mdxComponents;
