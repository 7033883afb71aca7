/** The components that phase documents may use in their MDX, without importing them. */
import Checklist from './Checklist.astro';

export const mdxComponents = { Checklist };

export type MdxComponentName = keyof typeof mdxComponents;
