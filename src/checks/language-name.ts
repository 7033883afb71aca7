/** Language names for messages (in English, like the rest of the report), from the locale table. */
import { isLang, locales } from '../i18n/locales.ts';

/** `fr` → `French`; a code the site does not have is shown as it is. */
export function languageName(lang: string): string {
  return isLang(lang) ? locales[lang].englishName : lang;
}
