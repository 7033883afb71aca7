/**
 * Test helper: a fixture case of the content checks is a folder of files that differ from the valid guide
 * (fixtures/checks/valid/); `contentOf(case)` lays it over a copy of the valid guide in a temporary folder.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type Problem } from '../../src/checks/index.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/checks/', import.meta.url));
const made: string[] = [];

/** The content folder of a case: the valid guide with the case's files laid over it. */
export function contentOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `checks-${name}-`));
  made.push(dir);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (name !== 'valid') cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Removes the temporary folders (call in `afterAll`). */
export function removeFixtures(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The problems of a case, files named as in the real guide (`content/phases/fr/…`). */
export function problemsOf(name: string): readonly Problem[] {
  return checkContent({ contentDir: contentOf(name), label: 'content' }).problems;
}

/** The problems of a case as `file:line: severity: message` lines. */
export function messagesOf(name: string): string[] {
  return problemsOf(name).map(
    (problem) =>
      `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.severity}: ${problem.message}`,
  );
}
