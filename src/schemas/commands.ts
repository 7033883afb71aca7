/**
 * The guide's command declarations (`content/commands.yaml`): which code languages hold commands, what a
 * command name and a parameter look like, the products (versions) commands run on, and every command the
 * guide uses with the products it exists in, the parameters the guide gives it, and the reference page it
 * was verified against. The engine knows no product: the guide names its own.
 */
import { z } from 'astro/zod';
import { kebabId, text } from './fields.ts';

/** A regular expression written as text; it must compile. */
const pattern = (what: string) =>
  z.string({ error: `expected ${what} as a regular expression in quotes` }).refine(
    (value) => {
      try {
        new RegExp(value, 'u');
        return value.trim() !== '';
      } catch {
        return false;
      }
    },
    { error: (issue) => `expected ${what} as a valid regular expression, got "${String(issue.input)}"` },
  );

const productList = z
  .array(kebabId('a product id'), { error: 'expected a list of product ids, such as [product-1, product-2]' })
  .min(1, {
    error: 'expected at least one product id',
  });

/** A parameter as written in commands (`-Identity`, `/replsummary`), or `{ -Name: [products] }` when only some products have it. */
const parameter = z.union(
  [
    z.string().trim().min(1),
    z
      .record(z.string(), productList)
      .refine((value) => Object.keys(value).length === 1, { error: 'expected one parameter per entry' }),
  ],
  {
    error:
      'expected a parameter as written in commands, such as "-Identity", or "-Name: [product-id]" when only some products have it',
  },
);

const command = z.strictObject(
  {
    /** The products (ids of `products`) in which the command exists. */
    products: productList,
    /** The parameters the guide gives the command, as written (`-Identity`). */
    parameters: z.array(parameter, { error: 'expected a list of parameters' }).default([]),
    /** The reference page the command and its parameters were verified against. */
    reference: z.url({
      protocol: /^https$/,
      error: 'expected the https address of the reference page the command was verified against',
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}; a command has products, parameters, reference`
        : 'expected a command: products, parameters and reference',
  },
);

export const commandsSchema = z
  .strictObject(
    {
      /** The code-block languages that hold commands (`powershell`). Inline code is scanned too. */
      languages: z
        .array(text('a code language'), { error: 'expected a list of code languages' })
        .min(1, { error: 'expected at least one code language' }),
      /** What a command name looks like, such as Verb-Noun; commands declared by name (tools) are found too. */
      commandPattern: pattern('the command pattern'),
      /** What a parameter looks like, such as `-Name`; a value joined by `:` or `=` is not part of it. */
      parameterPattern: pattern('the parameter pattern').default('-[A-Za-z][A-Za-z0-9]*'),
      /** The products commands run on: id → name. */
      products: z.record(kebabId('a product id'), text('the product name'), {
        error: 'expected the products: an id and its name per line',
      }),
      /** Products present wherever a command runs (the shell itself, the operating system). */
      everywhere: z.array(kebabId('a product id'), { error: 'expected a list of product ids' }).default([]),
      /** The commands, by name as written. */
      commands: z.record(z.string().regex(/^\S+$/, { error: 'expected a command name without spaces' }), command, {
        error: 'expected the commands: a name and its declaration each',
      }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.join(', ')}; allowed: languages, commandPattern, parameterPattern, products, everywhere, commands`
          : undefined,
    },
  )
  .superRefine((data, context) => {
    const known = Object.keys(data.products);
    const check = (id: string, path: PropertyKey[]) => {
      if (!known.includes(id))
        context.addIssue({
          code: 'custom',
          path,
          message: `unknown product "${id}"; the products are: ${known.join(', ')}`,
        });
    };
    data.everywhere.forEach((id, index) => check(id, ['everywhere', index]));
    for (const [name, declared] of Object.entries(data.commands)) {
      declared.products.forEach((id, index) => check(id, ['commands', name, 'products', index]));
      declared.parameters.forEach((entry, index) => {
        if (typeof entry === 'string') return;
        for (const [parameterName, ids] of Object.entries(entry))
          ids.forEach((id, at) => check(id, ['commands', name, 'parameters', index, parameterName, at]));
      });
    }
  });

export type CommandsFile = z.output<typeof commandsSchema>;
