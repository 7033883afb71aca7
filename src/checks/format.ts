/**
 * The report as text: one `file:line: error: message` line per problem (the form editors and CI logs
 * link to), its fix indented below, then a summary.
 */
import { styleText } from 'node:util';
import type { Problem } from './problem.ts';

export interface FormatOptions {
  /** Colour the severities (for a terminal). */
  readonly color?: boolean;
  /** What was checked, opening the summary line. */
  readonly title?: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatProblem(problem: Problem, { color = false }: FormatOptions = {}): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const severity = color
    ? styleText(problem.severity === 'error' ? ['bold', 'red'] : ['bold', 'yellow'], problem.severity, {
        validateStream: false,
      })
    : problem.severity;
  return `${place}: ${severity}: ${problem.message}\n    fix: ${problem.fix}`;
}

export function formatSummary(problems: readonly Problem[], fileCount: number, title = 'Content checks'): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return `${title}: no problems in ${plural(fileCount, 'file')}.`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `${title}: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(fileCount, 'file')} checked).`;
}

export function formatReport(
  report: { readonly problems: readonly Problem[]; readonly fileCount: number },
  options: FormatOptions = {},
): string {
  return [
    ...report.problems.map((problem) => formatProblem(problem, options)),
    formatSummary(report.problems, report.fileCount, options.title),
  ].join('\n');
}
