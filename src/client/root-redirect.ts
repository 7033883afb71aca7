/**
 * `/`: go to the language read before, else the browser's first supported language, else the default.
 * The language page itself remembers the choice (page.ts), so nothing is stored here.
 */
import { chooseLanguage } from '../utils/choose-language.ts';
import { pagePath } from '../utils/paths.ts';
import { rememberedLanguage } from './preferences.ts';

const main = document.querySelector<HTMLElement>('main[data-languages]');
if (main) {
  const supported = (main.dataset['languages'] ?? '').split(' ').filter(Boolean);
  const lang = chooseLanguage({
    supported,
    remembered: rememberedLanguage(),
    browser: navigator.languages,
    fallback: main.dataset['defaultLang'] ?? supported[0] ?? '',
  });
  if (lang) location.replace(pagePath(import.meta.env.BASE_URL, lang));
}
