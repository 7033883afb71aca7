/** 404 page: the section in the language of the missing address comes first, and sets the page's lang. */
import { pageOfPathname } from '../utils/paths.ts';

const main = document.querySelector('main[data-not-found]');
const asked = main ? pageOfPathname(import.meta.env.BASE_URL, location.pathname)?.lang : undefined;
const section =
  main && asked ? main.querySelector<HTMLElement>(`:scope > section[data-lang="${CSS.escape(asked)}"]`) : null;
if (section?.parentElement) {
  section.parentElement.prepend(section);
  const lang = section.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
}
