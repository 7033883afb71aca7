/**
 * Behaviour shared by every page, loaded once as a module:
 * - remembers the language being read, so that `/` sends the reader back to it;
 * - the language switcher keeps the section anchor (section ids are the same in every language);
 * - copy buttons on code blocks.
 */
import { rememberLanguage } from './preferences.ts';
import { enableCopyButtons } from './copy-code.ts';

const lang = document.body.dataset['lang'];
if (lang) rememberLanguage(lang);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-switch-lang]');
  if (!link) return;
  const chosen = link.dataset['switchLang'];
  if (chosen) rememberLanguage(chosen);
  if (location.hash && !link.hash) link.hash = location.hash;
});

enableCopyButtons(document);
