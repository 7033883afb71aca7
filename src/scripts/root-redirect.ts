/** `/`: go to the language read before, else the browser's first supported language, else the default. */
import { chooseLanguage } from '../utils/choose-language.ts';
import { rememberLanguage, rememberedLanguage } from './preferences.ts';

const main = document.querySelector<HTMLElement>('main[data-languages]');
if (main) {
  const supported = (main.dataset['languages'] ?? '').split(' ').filter(Boolean);
  const lang = chooseLanguage({
    supported,
    remembered: rememberedLanguage(),
    browser: navigator.languages,
    fallback: main.dataset['defaultLang'] ?? supported[0] ?? '',
  });
  main.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-switch-lang]');
    if (link?.dataset['switchLang']) rememberLanguage(link.dataset['switchLang']);
  });
  if (lang) location.replace(`${import.meta.env.BASE_URL}${lang}/`);
}
