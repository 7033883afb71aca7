/** The guide's parameters for pages (build time): read once from the content folder. */
import { contentDir } from '../../content-dir.ts';
import type { Lang } from '../../i18n/locales.ts';
import { readParameters, type Parameters } from '../../parameters/declared.ts';
import { markerUses } from '../../parameters/syntax.ts';

export function guideParameters(): Parameters {
  return readParameters(contentDir());
}

/** What the browser needs of each parameter (client/declared.ts), in `lang`. */
export function parametersForBrowser(parameters: Parameters, lang: Lang): string {
  return JSON.stringify(
    Object.fromEntries(
      parameters.list.map((parameter) => [
        parameter.id,
        {
          kind: parameter.kind,
          label: parameter.label[lang],
          ...(parameter.pattern ? { pattern: parameter.pattern } : {}),
        },
      ]),
    ),
  );
}

/** The declared parameters that some of `texts` use, in declaration order. */
export function parametersUsed(parameters: Parameters, texts: readonly (string | undefined)[]): Parameters['list'] {
  const used = new Set(texts.flatMap((text) => (text ? markerUses(text).map((use) => use.id) : [])));
  return parameters.list.filter((parameter) => used.has(parameter.id));
}
