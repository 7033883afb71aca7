/** The frontmatter of the guide's home text (`content/home/<lang>.mdx`): what names the guide in that language. */
import { z } from 'astro/zod';
import { isoDate, text } from './fields.ts';

export const homeSchema = z.strictObject(
  {
    /** The guide's full title, the home page's heading. */
    title: text('the guide title'),
    /** A short name for the header and the browser tab. */
    shortTitle: text('the short title (shortTitle)'),
    /** One sentence describing the guide, for the page's meta description. */
    description: text('the description'),
    /** Date of the last change to this text. */
    updated: isoDate,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; allowed: title, shortTitle, description, updated`
        : undefined,
  },
);
