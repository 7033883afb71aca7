/**
 * Finds the commands in a piece of code (a code block, or inline code), as a shell reads a line: a command
 * is the first word of a statement (at the start, after `|`, `;`, `&&`, `||`, `=`, or inside `{ }` and
 * `( )`) that has the form of a command name (the guide's pattern, such as Verb-Noun) or is a declared
 * command; the words after it that have the form of a parameter are its parameters, up to the end of the
 * statement. A word with the form of a command name elsewhere (`Get-Help Move-CsUser`) is a mention: a
 * command too, without parameters. Quoted strings and `#` comments hold no commands. Pure: the content
 * check and the page's links both use it.
 */
import { commandKey, type CommandVocabulary } from './vocabulary.ts';

export interface Token {
  /** As written. */
  readonly text: string;
  /** Offsets in the code. */
  readonly start: number;
  readonly end: number;
}

export interface CommandUse extends Token {
  /** The parameters given to the command (none for a mention). */
  readonly parameters: readonly Token[];
  /** False for a word with a command's form that is not in command position (`Get-Help Move-CsUser`). */
  readonly invoked: boolean;
}

const SPACE = /\s/u;
const STATEMENT_BREAKS = new Set(['|', ';', '{', '(', '}', ')']);

export function scanCommands(
  code: string,
  vocabulary: Pick<CommandVocabulary, 'commandPattern' | 'parameterPattern' | 'commands'>,
): CommandUse[] {
  const uses: CommandUse[] = [];
  type Current = (CommandUse & { readonly parameters: Token[] }) | undefined;
  const stack: Current[] = [];
  let current: Current;
  let expectCommand = true;
  let index = 0;
  const isCommandWord = (word: string) =>
    vocabulary.commandPattern.test(word) || vocabulary.commands.has(commandKey(word));

  const endStatement = () => {
    current = undefined;
    expectCommand = true;
  };

  while (index < code.length) {
    const char = code[index]!;
    if (char === '\n') {
      // A backtick (PowerShell) or backslash (shells) at the end of a line continues the statement.
      const before = code.slice(0, index).replace(/[ \t]+$/u, '');
      if (!before.endsWith('`') && !before.endsWith('\\')) endStatement();
      index += 1;
    } else if (SPACE.test(char)) {
      index += 1;
    } else if (char === '"' || char === "'") {
      const close = code.indexOf(char, index + 1);
      index = close < 0 ? code.length : close + 1;
      expectCommand = false;
    } else if (char === '#' && (index === 0 || SPACE.test(code[index - 1]!))) {
      const close = code.indexOf('\n', index);
      index = close < 0 ? code.length : close;
    } else if (STATEMENT_BREAKS.has(char)) {
      if (char === '{' || char === '(') {
        stack.push(current);
        endStatement();
      } else if (char === '}' || char === ')') {
        current = stack.pop();
        expectCommand = false;
      } else endStatement();
      index += 1;
    } else {
      let end = index;
      while (
        end < code.length &&
        !SPACE.test(code[end]!) &&
        !STATEMENT_BREAKS.has(code[end]!) &&
        code[end] !== '"' &&
        code[end] !== "'"
      )
        end += 1;
      const word = code.slice(index, end);
      if (word === '=' || word === '&&' || word === '||') {
        endStatement();
      } else if (expectCommand) {
        expectCommand = false;
        if (isCommandWord(word)) {
          const use = { text: word, start: index, end, parameters: [] as Token[], invoked: true };
          uses.push(use);
          current = use;
        } else current = undefined;
      } else {
        // `-Name:value`, `-name=value`: the parameter is the part before the separator.
        const name = /^[^:=]+/u.exec(word)?.[0] ?? word;
        if (current && vocabulary.parameterPattern.test(name))
          current.parameters.push({ text: name, start: index, end: index + name.length });
        else if (vocabulary.commandPattern.test(word))
          uses.push({ text: word, start: index, end, parameters: [], invoked: false });
      }
      index = end;
    }
  }
  return uses;
}

/** The 1-based line of an offset in `code`. */
export function lineOfOffset(code: string, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset && at < code.length; at += 1) if (code[at] === '\n') line += 1;
  return line;
}
