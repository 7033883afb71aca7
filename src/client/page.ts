/**
 * Behaviour shared by every page, loaded once as a module:
 * - remembers the language being read, so that `/` sends the reader back to it;
 * - the language switcher opens the other language at the section being read (ids are the same in every
 *   language);
 * - copy buttons on code blocks.
 */
import { rememberLanguage } from './preferences.ts';
import { enableCopyButtons } from './copy-code.ts';
import { sectionInView, type Landmark } from './section-in-view.ts';

/** Elements with an id that every language shares: sections and sub-headings, checklist groups, glossary terms. */
const LANDMARKS = 'main :is(h2, h3, h4)[id], main .checklist-group[id], main dt[id]';

const landmarkOf = (element: Element): Landmark => ({ id: element.id, top: element.getBoundingClientRect().top });

/** The anchor for the other language's page: where the reader is, or none at the top of the page. */
function anchorInView(): string {
  const current = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  // Elements not rendered (in a closed or hidden part) have no box, hence no place on the screen.
  const landmarks = [...document.querySelectorAll(LANDMARKS)].filter((element) => element.getClientRects().length > 0).map(landmarkOf);
  const id = sectionInView(landmarks, window.innerHeight / 3, current ? landmarkOf(current) : undefined);
  return id ? `#${id}` : '';
}

const lang = document.body.dataset['lang'];
if (lang) rememberLanguage(lang);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-switch-lang]');
  if (!link) return;
  const chosen = link.dataset['switchLang'];
  if (chosen) rememberLanguage(chosen);
  link.hash = anchorInView();
});

enableCopyButtons(document);
