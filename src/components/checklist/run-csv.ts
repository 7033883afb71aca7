/**
 * A run as CSV, for a change board's spreadsheet: one row per step of the guide (run, phase, step number
 * as spoken (6.12), step id, label, state, outcome, who, when, note). Pure, unit-tested (tests/unit/run-csv.test.ts).
 *
 * - UTF-8 with a byte order mark, so that Excel reads accents (French labels) correctly.
 * - Fields are quoted when they hold the separator, a quote, or a line break; quotes are doubled (RFC 4180).
 *   Lines end with CRLF.
 * - A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a spreadsheet
 *   (CSV injection): it is written with a leading apostrophe, which shows the text as typed.
 * - The separator is the language's: `;` where the decimal mark is a comma (French Excel expects it), else `,`.
 */
import type { Run } from './run-record.ts';
import { outcomeOf } from './run-record.ts';

export interface CsvStep {
  readonly phase: string;
  /** Its speakable number, `<phase>.<n>` (src/steps/numbers.ts). */
  readonly number: string;
  readonly id: string;
  readonly label: string;
}

export interface CsvWords {
  /** Column headings, in this order: run, phase, step number, step id, label, state, outcome, who, when, note. */
  readonly headings: readonly string[];
  /** The run's name as shown (the default run's in the page's language). */
  readonly runName: string;
  /** Words for each state (`open`, `marked`) and outcome (`done`, `remark`, `failed`, `not-applicable`). */
  readonly words: Readonly<Record<string, string>>;
  readonly separator: ',' | ';';
}

/** Inline Markdown as the text a spreadsheet shows: code, emphasis and link marks dropped, link text kept. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2');
}

const FORMULA = /^[=+\-@\t\r]/;

/** One cell: neutralised if a spreadsheet would run it, quoted if it needs to be. */
export function csvCell(value: string, separator: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function runCsv(run: Run, steps: readonly CsvStep[], words: CsvWords): string {
  const { separator } = words;
  const row = (cells: readonly string[]) => cells.map((cell) => csvCell(cell, separator)).join(separator);
  const lines = [row(words.headings)];
  for (const step of steps) {
    const mark = run.marks.get(step.id);
    const outcome = outcomeOf(mark);
    lines.push(
      row([
        words.runName,
        step.phase,
        step.number,
        step.id,
        step.label,
        words.words[mark ? 'marked' : 'open'] ?? '',
        mark ? (words.words[outcome] ?? outcome) : '',
        mark?.who ?? '',
        mark?.at ?? '',
        mark?.note ?? '',
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
