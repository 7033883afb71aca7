/**
 * The guide's command declarations (content/commands.yaml, validated by schemas/commands.ts) made ready
 * for look-ups: names and parameters compared without case (as the shells of such guides do), patterns
 * compiled to match whole words.
 */
import type { CommandsFile } from '../schemas/commands.ts';

export interface DeclaredParameter {
  /** As declared: `-Identity`. */
  readonly name: string;
  /** The products that have it, when only some of the command's products do. */
  readonly products: readonly string[] | undefined;
}

export interface DeclaredCommand {
  /** As declared: `Move-CsUser`. */
  readonly name: string;
  readonly products: readonly string[];
  /** Keyed by lowercase name. */
  readonly parameters: ReadonlyMap<string, DeclaredParameter>;
  readonly reference: string;
}

export interface CommandVocabulary {
  readonly languages: ReadonlySet<string>;
  /** Matches a whole word that is a command name by its form. */
  readonly commandPattern: RegExp;
  /** Matches a whole word that is a parameter by its form (without any `:value` or `=value`). */
  readonly parameterPattern: RegExp;
  /** Product id → name. */
  readonly products: ReadonlyMap<string, string>;
  readonly everywhere: ReadonlySet<string>;
  /** Keyed by `commandKey` of the name. */
  readonly commands: ReadonlyMap<string, DeclaredCommand>;
}

/**
 * How a command is looked up: without case, and for a tool without its folder and `.exe`
 * (`.\DBImpExp.exe` and `DBImpExp` are the same command).
 */
export function commandKey(word: string): string {
  return word
    .replace(/^(?:[^\\/\s]+[\\/])+/u, '')
    .replace(/\.exe$/iu, '')
    .toLowerCase();
}

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'u');

export function commandVocabulary(file: CommandsFile): CommandVocabulary {
  const commands = new Map<string, DeclaredCommand>();
  for (const [name, declared] of Object.entries(file.commands)) {
    const parameters = new Map<string, DeclaredParameter>();
    for (const entry of declared.parameters) {
      const [parameterName, products] =
        typeof entry === 'string' ? [entry, undefined] : (Object.entries(entry)[0] ?? ['', undefined]);
      parameters.set(parameterName.toLowerCase(), { name: parameterName, products });
    }
    commands.set(commandKey(name), { name, products: declared.products, parameters, reference: declared.reference });
  }
  return {
    languages: new Set(file.languages),
    commandPattern: whole(file.commandPattern),
    parameterPattern: whole(file.parameterPattern),
    products: new Map(Object.entries(file.products)),
    everywhere: new Set(file.everywhere),
    commands,
  };
}

/** The products a code block runs on: `runsOn=id[,id]` in its fence's meta string, else the document's. */
export const RUNS_ON_META = /(?:^|\s)runsOn=(\S+)/;

export function runsOnOfMeta(meta: string | null | undefined): string[] | undefined {
  const match = RUNS_ON_META.exec(meta ?? '');
  return match?.[1] ? match[1].split(',').filter(Boolean) : undefined;
}
