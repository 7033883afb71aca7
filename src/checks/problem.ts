/**
 * What every content check returns: a list of problems, each saying where it is (file, line, field),
 * what is wrong and how to fix it. Errors stop the build; warnings are reported and let it pass.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** The file as the author knows it, relative to the project: `content/phases/fr/phase-2-….mdx`. */
  readonly file: string;
  /** 1-based line in the file, when the problem has one. */
  readonly line?: number;
  /** Dotted path of the frontmatter or YAML field concerned (`checklist.0.items.1.id`), when there is one. */
  readonly field?: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

export interface Where {
  readonly file: string;
  readonly line?: number | undefined;
  readonly field?: string | undefined;
}

function make(severity: Severity, where: Where, message: string, fix: string): Problem {
  return {
    severity,
    file: where.file,
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.field !== undefined && where.field !== '' ? { field: where.field } : {}),
    message,
    fix,
  };
}

export function error(where: Where, message: string, fix: string): Problem {
  return make('error', where, message, fix);
}

export function warning(where: Where, message: string, fix: string): Problem {
  return make('warning', where, message, fix);
}

/** A field path as authors read it: `['checklist', 0, 'items', 1, 'id']` → `checklist.0.items.1.id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Problems in reading order: by file, then line (file-level problems first), errors before warnings. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.message.localeCompare(b.message),
  );
}
