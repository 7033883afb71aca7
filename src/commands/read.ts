/**
 * Reads a guide's command declarations (`<content>/commands.yaml`) for the build. A guide without the
 * file, or with a file the content check rejects (and reports), gets no command links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { commandsSchema } from '../schemas/commands.ts';
import { commandVocabulary, type CommandVocabulary } from './vocabulary.ts';

export const COMMANDS_FILE = 'commands.yaml';

export function readCommandVocabulary(contentDir: string): CommandVocabulary | undefined {
  const path = join(contentDir, COMMANDS_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const result = commandsSchema.safeParse(parse(readFileSync(path, 'utf8')));
    return result.success ? commandVocabulary(result.data) : undefined;
  } catch {
    return undefined;
  }
}
