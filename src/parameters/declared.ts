/**
 * The guide's declared parameters, read once per build from `<content>/parameters.yaml` (absent: the
 * guide has none). The build fails with the file and field of a mistake; `npm run check` reports the same
 * mistakes with their lines (src/checks/parameters.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { langs, type Lang } from '../i18n/locales.ts';
import { parametersSchema, type ParametersFile } from '../schemas/parameters.ts';
import type { ParameterKind } from './kinds.ts';

export const PARAMETERS_FILE = 'parameters.yaml';

export interface Parameter {
  readonly id: string;
  readonly group: string;
  readonly kind: ParameterKind;
  readonly example: string;
  readonly pattern?: string | undefined;
  readonly label: Readonly<Record<Lang, string>>;
  readonly help: Readonly<Record<Lang, string>>;
}

export interface Parameters {
  /** In the file's order. */
  readonly list: readonly Parameter[];
  readonly byId: ReadonlyMap<string, Parameter>;
  /** Group id → its label per language, in the file's order. */
  readonly groups: ReadonlyMap<string, Readonly<Record<Lang, string>>>;
}

export const NO_PARAMETERS: Parameters = { list: [], byId: new Map(), groups: new Map() };

const cache = new Map<string, { mtime: number; parameters: Parameters }>();

/** The parameters of the guide in `contentDir`; throws a clear error when the file is not valid. */
export function readParameters(contentDir: string): Parameters {
  const path = join(contentDir, PARAMETERS_FILE);
  if (!existsSync(path)) return NO_PARAMETERS;
  const mtime = statSync(path).mtimeMs;
  const cached = cache.get(path);
  if (cached?.mtime === mtime) return cached.parameters;
  const result = parametersSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`${path} is not a valid list of parameters:\n${details}`);
  }
  const parameters = toParameters(result.data);
  cache.set(path, { mtime, parameters });
  return parameters;
}

export function toParameters(data: ParametersFile): Parameters {
  const list = Object.entries(data.parameters).map(([id, declared]): Parameter => {
    const wording = declared as unknown as Record<Lang, { label: string; help: string }>;
    return {
      id,
      group: declared.group,
      kind: declared.kind,
      example: declared.example,
      pattern: declared.pattern,
      label: Object.fromEntries(langs.map((lang) => [lang, wording[lang].label])) as Record<Lang, string>,
      help: Object.fromEntries(langs.map((lang) => [lang, wording[lang].help])) as Record<Lang, string>,
    };
  });
  return {
    list,
    byId: new Map(list.map((parameter) => [parameter.id, parameter])),
    groups: new Map(Object.entries(data.groups) as [string, Record<Lang, string>][]),
  };
}
