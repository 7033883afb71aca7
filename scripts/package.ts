/**
 * `npm run package`: the hosting archive of a built site (`dist/`, or the folder given), to hand to the
 * people who host it: `runbook-<guide>-<version>-<base path>.zip` and its `.sha256`, in the current folder
 * (or `--out <folder>`). Inside, one folder of the same name holding HOSTING.txt (every language: where to
 * copy the site, which file each server uses, how to check it) and site/ (the built site with its server
 * files web.config, .htaccess and nginx.conf). The guide's name and version come from the guide's guide.yaml (CONTENT_DIR),
 * the base path from the built site.
 *
 *   npm run build && npm run package            # or: BASE_PATH=/guides/runbook/ npm run build && npm run package
 *   node scripts/package.ts dist-e2e --out /tmp
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { contentDir } from '../src/content-dir.ts';
import { guideInfo } from '../src/content-model/guide-file.ts';
import { hostingText } from '../src/hosting/hosting-text.ts';
import { langs, type Lang } from '../src/i18n/locales.ts';
import { builtBase } from './built-site.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = resolve(outFlag >= 0 ? (args[outFlag + 1] ?? '.') : '.');
const dir = resolve(args.find((arg, index) => !arg.startsWith('--') && index !== outFlag + 1) ?? 'dist');

/** `/guides/runbook/` → `guides-runbook`; the root → `root`. */
export function baseLabel(base: string): string {
  return base.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'root';
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let base: string;
try {
  base = builtBase(dir);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const content = contentDir();
let info: ReturnType<typeof guideInfo>;
try {
  info = guideInfo(content);
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nNo archive written.`);
}
const titles = Object.fromEntries(
  langs.map((lang) => {
    const source = readFileSync(join(content, 'home', `${lang}.mdx`), 'utf8');
    const title = (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') as { title?: string }).title;
    return [lang, title ?? info.name];
  }),
) as Record<Lang, string>;

const name = `runbook-${info.name}-${info.version}-${baseLabel(base)}`;
const files: Zippable = {};
const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
for (const entry of entries.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
  const path = join(entry.parentPath, entry.name);
  const inArchive = `${name}/site/${relative(dir, path).replaceAll('\\', '/')}`;
  files[inArchive] = [readFileSync(path), { mtime: statSync(path).mtime }];
}
files[`${name}/HOSTING.txt`] = [
  new TextEncoder().encode(hostingText({ titles, version: info.version, base })),
  { mtime: new Date() },
];

const zip = zipSync(files, { level: 9 });
const zipPath = join(out, `${name}.zip`);
writeFileSync(zipPath, zip);
const digest = createHash('sha256').update(zip).digest('hex');
writeFileSync(`${zipPath}.sha256`, `${digest}  ${name}.zip\n`);
console.log(
  `${zipPath} (${(zip.length / 1024).toFixed(0)} kB, ${entries.length} files of the site, for ${base})\n${zipPath}.sha256`,
);
