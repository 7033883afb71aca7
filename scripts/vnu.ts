/**
 * Runs the Nu HTML Checker (vnu.jar, from the `vnu-jar` package) on the machine's Java: every file in one
 * process (a JVM starts slowly), errors only, read back from its JSON report. Used by the markup test;
 * scripts/ensure-java.ts makes sure there is a Java to run it.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The oldest Java that runs vnu.jar. */
const MIN_JAVA = 17;

function java(): string {
  return process.env['JAVA'] ?? 'java';
}

/** The major version of the machine's Java when it can run vnu.jar (undefined when there is none, or too old). */
export function javaVersion(): number | undefined {
  const run = spawnSync(java(), ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return undefined;
  const major = Number(/version "(\d+)/.exec(`${run.stderr}${run.stdout}`)?.[1]);
  return major >= MIN_JAVA ? major : undefined;
}

export interface MarkupError {
  /** The file, as given. */
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
  /** The markup around the error. */
  readonly extract: string;
}

interface VnuReport {
  messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }[];
}

/** The errors the Nu HTML Checker finds in the given HTML files (empty when they all pass). */
export function markupErrors(files: readonly string[]): MarkupError[] {
  if (files.length === 0) return [];
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync(java(), ['-jar', jar, '--errors-only', '--exit-zero-always', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    throw new Error(
      `The Nu HTML Checker did not run (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr.slice(0, 2000)}`,
    );
  }
  const report = JSON.parse(run.stderr) as VnuReport;
  return report.messages
    .filter(
      (message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error',
    )
    .map((message) => ({
      file: message.url ? decodeURIComponent(message.url.replace(/^file:/, '')) : '(no file)',
      line: message.lastLine,
      message: message.message,
      extract: (message.extract ?? '').trim(),
    }));
}
