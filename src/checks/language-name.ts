/** Language names for messages (in English, like the rest of the report), from `Intl`, not a table. */
const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** `fr` → `French`. */
export function languageName(lang: string): string {
  return names.of(lang) ?? lang;
}
