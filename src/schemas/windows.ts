/**
 * The guide's change windows (`<content>/windows.yaml`, optional): the maintenance windows in which some
 * steps must be done, in the order they happen. Each has a title and its expected outage (what users lose,
 * for how long) in every language; a phase's checklist groups name their window (`window: <id>`). Each
 * window gets its own sign-off sheet, the phase page marks where it opens and closes, and the home lists
 * the windows in this order.
 *
 *   windows:
 *     - id: cluster-switch
 *       fr: { title: Bascule du cluster, outage: Base indisponible pendant 30 minutes environ. }
 *       en: { title: Cluster switch, outage: Database unavailable for about 30 minutes. }
 */
import { z } from 'astro/zod';
import { langs } from '../i18n/locales.ts';
import { kebabId, text } from './fields.ts';

const wording = z.strictObject(
  {
    /** The window's name, as a change calendar would list it. */
    title: text('the window title'),
    /** The expected outage: what users lose during the window, and for how long. Plain text. */
    outage: text('the expected outage (outage)'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; a window's wording has title and outage`
        : 'expected { title: …, outage: … }: the window’s title and its expected outage in this language',
  },
);

const windowSchema = z.strictObject(
  {
    /** Stable id, kebab-case: groups name it (`window: <id>`), and it names the window's sheet. */
    id: kebabId('the window id'),
    ...Object.fromEntries(langs.map((lang) => [lang, wording])),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; a window has id and, in every language (${langs.join(', ')}), title and outage`
        : `expected a window: an object with id and, in every language (${langs.join(', ')}), { title, outage }`,
  },
);

export const windowsSchema = z
  .strictObject(
    {
      /** In the order the windows happen. */
      windows: z
        .array(windowSchema, { error: 'expected a list of windows, each with id and its wording per language' })
        .min(1, { error: 'expected at least one window (or no windows.yaml at all)' }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.join(', ')}; windows.yaml has one field, windows`
          : 'expected "windows:" followed by the list of windows',
    },
  )
  .superRefine((value, context) => {
    const seen = new Map<string, number>();
    value.windows.forEach((window, index) => {
      const first = seen.get(window.id);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['windows', index, 'id'],
          message: `duplicate window id "${window.id}", already used by windows.${first}`,
        });
      } else seen.set(window.id, index);
    });
  });

export type WindowsFile = z.output<typeof windowsSchema>;
