/** Facts about a built site read from its files, for the scripts that serve or package it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../src/utils/paths.ts';

/** The base the site was built with, read from its root page's icon link, unless BASE_PATH says otherwise. */
export function builtBase(dir: string): string {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) throw new Error(`No built site in ${dir}: run "npm run build" first.`);
  const icon = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(readFileSync(index, 'utf8'));
  return normalizeBase(process.env['BASE_PATH'] ?? icon?.[1]);
}
