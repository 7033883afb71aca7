/** Which language `/` sends the reader to. Pure, so that the rule is unit-tested. */
export interface LanguageChoice {
  readonly supported: readonly string[];
  /** The language the reader read or chose before, if any. */
  readonly remembered: string | null;
  /** `navigator.languages`: BCP 47 tags in the reader's order of preference. */
  readonly browser: readonly string[];
  readonly fallback: string;
}

export function chooseLanguage({ supported, remembered, browser, fallback }: LanguageChoice): string {
  if (remembered && supported.includes(remembered)) return remembered;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (supported.includes(primary)) return primary;
  }
  return fallback;
}
