/**
 * YAML with line numbers: the guide's YAML files and the frontmatter of its documents are parsed with the
 * `yaml` package, which keeps the position of every node, so that a problem found in the data (by a schema
 * or a check) can name the line of the field concerned.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { error, type Problem } from './problem.ts';

export type FieldPath = readonly PropertyKey[];

export interface YamlSyntaxError {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

export interface YamlData {
  /** The parsed value; undefined when the YAML has syntax errors (they are in `errors`). */
  readonly data: unknown;
  readonly errors: readonly YamlSyntaxError[];
  /**
   * The 1-based line, in the file, of the field at `path`: its key for a mapping entry, its first line
   * for a list item. A path that does not exist (a missing field) gives the line of its closest parent.
   */
  lineOf(path: FieldPath): number;
}

/**
 * Parses `text`, which starts at line `firstLine` of its file (2 for frontmatter after the opening `---`).
 */
export function parseYaml(text: string, firstLine = 1): YamlData {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = document.errors.map((problem) => ({
    line: (problem.linePos?.[0].line ?? 1) + firstLine - 1,
    code: problem.code,
    // The message ends with the position and a code frame; the report gives the line its own way.
    message: problem.message.split(/ at line \d+, column \d+/)[0] ?? problem.message,
  }));
  return {
    data: errors.length > 0 ? undefined : document.toJS(),
    errors,
    lineOf(path) {
      let node: unknown = document.contents;
      let offset = (document.contents as Node | null)?.range?.[0];
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
          if (!pair) break;
          offset = (pair.key as Node).range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment];
          if (!item) break;
          offset = (item as Node).range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return offset === undefined ? firstLine : toFileLine(offset);
    },
  };
}

/** A YAML syntax error as a problem, with the fix for the usual mistakes. */
export function yamlSyntaxProblem(file: string, syntax: YamlSyntaxError): Problem {
  const fix =
    syntax.code === 'BLOCK_AS_IMPLICIT_KEY' || syntax.code === 'MULTILINE_IMPLICIT_KEY'
      ? 'put the value in double quotes: in YAML, a colon followed by a space starts a new field'
      : syntax.code === 'DUPLICATE_KEY'
        ? 'keep one of the two fields'
        : 'correct the YAML at this line: indent with spaces, and quote values that contain ": " or start with a special character';
  return error({ file, line: syntax.line }, `YAML syntax: ${syntax.message}`, fix);
}
