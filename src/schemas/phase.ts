/**
 * The frontmatter of a phase document (`content/phases/<lang>/<slug>.mdx`).
 * Every field is documented here; unknown fields are rejected so that a typo never passes silently.
 * The role vocabulary comes from the guide's content (`content/roles.yaml`), so the schema is built
 * by a factory that receives it.
 */
import { z } from 'astro/zod';
import { duration, isoDate, kebabId, text } from './fields.ts';

export interface PhaseSchemaOptions {
  /** The ids of the guide's roles (`content/roles.yaml`). */
  readonly roleIds: readonly string[];
}

function roleId(roleIds: readonly string[]) {
  return z.string({ error: 'expected a role id as text' }).refine((value) => roleIds.includes(value), {
    error: (issue) =>
      `unknown role "${String(issue.input)}"; expected one of: ${roleIds.join(', ')} (see content/roles.yaml)`,
  });
}

/**
 * Calendar time a step takes beyond its working time, spent waiting for something rather than working on
 * it (replication, a DNS TTL running out): `wait: { time: 3h, reason: Active Directory replication }`.
 * The plan page shows waits apart from effort; they never count in a duration.
 */
const waitSchema = z.strictObject(
  {
    time: duration,
    /** A few words, in the document's language: what the team waits for. Inline Markdown. */
    reason: text('the reason for the wait'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; a wait has time and reason, such as { time: 3h, reason: Active Directory replication }`
        : 'expected a wait: an object with time (such as "3h") and reason, such as { time: 3h, reason: Active Directory replication }',
  },
);

function checklistItemSchema({ roleIds }: PhaseSchemaOptions) {
  return z.strictObject(
    {
      /** Stable id, unique in the whole guide and identical in every language: progress is stored under it. */
      id: kebabId('the item id'),
      /** One action, imperative. Inline Markdown is allowed (`code`, *emphasis*, links). */
      label: text('the item label'),
      /** How to check that the step worked: an observable result. */
      verify: text('the verification').optional(),
      /**
       * The case the step applies to, when it does not apply to every deployment: a clause that completes
       * "Only if" in this language (inline Markdown). The page and the sign-off sheet show it before the step.
       */
      when: text('the condition (when)').optional(),
      /** Who performs the step, from the role vocabulary. */
      role: roleId(roleIds).optional(),
      /** Honest working time for one pool, such as `15min`. */
      duration: duration.optional(),
      /** Calendar time to wait after the work, with its reason (not effort: see waitSchema). */
      wait: waitSchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.join(', ')}; a checklist item has id, label, verify, when, role, duration, wait`
          : 'expected a checklist item: an object with id and label',
    },
  );
}

function checklistGroupSchema(options: PhaseSchemaOptions) {
  return z.strictObject(
    {
      /** Stable id of the group, identical in every language; `<Checklist group="...">` names it. */
      id: kebabId('the group id'),
      /** The group's heading. */
      title: text('the group title'),
      /**
       * The case every step of the group applies to, when the group does not apply to every deployment: a
       * clause that completes "Only if" in this language (inline Markdown), shown before the group's steps.
       */
      when: text('the condition (when)').optional(),
      /**
       * The change window the group's steps are done in: the id of a window of the guide's windows.yaml.
       * The window's sign-off sheet lists the steps of every group that names it.
       */
      window: kebabId('the change window id (window)').optional(),
      /** The steps, in the order they are done. */
      items: z.array(checklistItemSchema(options), { error: 'expected a list of checklist items' }).min(1, {
        error: 'expected at least one item in the group',
      }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.join(', ')}; a checklist group has id, title, when, window, items`
          : 'expected a checklist group: an object with id, title and items',
    },
  );
}

export function phaseSchema(options: PhaseSchemaOptions) {
  return z
    .strictObject(
      {
        /** The official title of the phase in this language. */
        title: text('the title'),
        /** A short title for the sidebar and the previous/next links. */
        navTitle: text('the navigation title (navTitle)'),
        /** Order in the guide: 0 for "before you begin", then 1, 2, ... Unique in the guide. */
        phase: z
          .number({ error: 'expected the phase number: 0 for "before you begin", then 1, 2, ...' })
          .int({ error: 'expected a whole phase number' })
          .min(0, { error: 'expected a phase number of 0 or more' }),
        /** One or two sentences: what the phase achieves. Shown on the home page and in search results. */
        summary: text('the summary'),
        /** Estimated working time for the whole phase: the sum of its items' durations where they have one. */
        duration,
        /** Who takes part, from the role vocabulary (content/roles.yaml). */
        roles: z.array(roleId(options.roleIds), { error: 'expected a list of role ids' }).min(1, {
          error: 'expected at least one role',
        }),
        /** Slugs of the phases to finish first (file names without .mdx). */
        prerequisites: z.array(kebabId('a phase slug'), { error: 'expected a list of phase slugs' }).default([]),
        /** Tools used in this phase, named as they appear in this language. */
        tools: z.array(text('a tool name'), { error: 'expected a list of tool names' }).default([]),
        /**
         * The product (or products) the phase's commands run on, from the guide's content/commands.yaml: the
         * content check reports a command that does not exist there. A code block run elsewhere says so in
         * its fence: ```powershell runsOn=<product id>.
         */
        runsOn: z
          .union(
            [
              kebabId('a product id'),
              z.array(kebabId('a product id')).min(1, { error: 'expected at least one product id' }),
            ],
            {
              error: 'expected the id of a product of content/commands.yaml, or a list of them',
            },
          )
          .optional(),
        /** Date of the last change to this document in this language. */
        updated: isoDate,
        /** The procedure as tickable steps, in groups. */
        checklist: z.array(checklistGroupSchema(options), { error: 'expected a list of checklist groups' }).default([]),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.join(', ')}; allowed: title, navTitle, phase, summary, duration, roles, prerequisites, tools, runsOn, updated, checklist`
            : undefined,
      },
    )
    .superRefine((data, context) => {
      const seen = new Map<string, string>();
      data.checklist.forEach((group, groupIndex) => {
        const where = `checklist.${groupIndex}`;
        if (seen.has(group.id)) {
          context.addIssue({
            code: 'custom',
            path: ['checklist', groupIndex, 'id'],
            message: `duplicate id "${group.id}", already used at ${seen.get(group.id)}`,
          });
        } else seen.set(group.id, `${where}.id`);
        group.items.forEach((item, itemIndex) => {
          if (seen.has(item.id)) {
            context.addIssue({
              code: 'custom',
              path: ['checklist', groupIndex, 'items', itemIndex, 'id'],
              message: `duplicate id "${item.id}", already used at ${seen.get(item.id)}`,
            });
          } else seen.set(item.id, `${where}.items.${itemIndex}.id`);
        });
      });
    });
}
