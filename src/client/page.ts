/**
 * Behaviour shared by every page, loaded once as a module:
 * - remembers the language being read, so that `/` sends the reader back to it;
 * - the language switcher opens the other language at the section being read (ids are the same in every
 *   language);
 * - copy buttons on code blocks, and their "wrap lines" toggle;
 * - the small screens' menu and table of contents close once a link in them is followed, or on Escape.
 */
import { rememberLanguage } from './preferences.ts';
import { enableCopyButtons } from './copy-code.ts';
import { SHARED_ANCHOR_ATTRIBUTE } from '../markdown/heading-ids.ts';
import { readingLine, sectionInView, type Landmark } from './section-in-view.ts';

/**
 * Elements whose id every language shares (explicit section ids, checklist groups, glossary terms): an id
 * made from a heading's words would lead nowhere in the other language.
 */
const LANDMARKS = `main [${SHARED_ANCHOR_ATTRIBUTE}][id]`;

function elementOfHash(): Element | null {
  try {
    return location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null; // a malformed escape in the address
  }
}

/**
 * The shared anchor of the section on screen, or '' when none is (the top of the page). With `atY`, of the
 * section that was on screen when the page was scrolled to `atY`.
 */
function anchorInView(atY = window.scrollY): string {
  const current = atY === window.scrollY ? elementOfHash() : null;
  const shift = window.scrollY - atY;
  const landmarkOf = (element: Element): Landmark => ({
    id: element.id,
    top: element.getBoundingClientRect().top + shift,
  });
  // Elements not rendered (in a closed or hidden part) have no box, hence no place on the screen.
  const landmarks = [...document.querySelectorAll(LANDMARKS)]
    .filter((element) => element.getClientRects().length > 0)
    .map(landmarkOf);
  const viewport = { height: window.innerHeight, line: readingLine(window.innerHeight) };
  const id = sectionInView(
    landmarks,
    viewport,
    current?.hasAttribute(SHARED_ANCHOR_ATTRIBUTE) ? landmarkOf(current) : undefined,
  );
  return id ? `#${id}` : '';
}

/**
 * Where the reader last read. On a small screen the header, with the switcher, scrolls away with the page:
 * the reader goes back to the top to switch, and the section they were reading is the one to open.
 * Reading moves down the page; scrolling back up to the header passes every earlier section, so only a
 * move down counts. Only the position is kept here; the section is found when the switcher is used.
 */
let readY = window.scrollY;
let lastY = window.scrollY;
window.addEventListener(
  'scroll',
  () => {
    if (window.scrollY > lastY) readY = window.scrollY;
    lastY = window.scrollY;
  },
  { passive: true },
);

const lang = document.body.dataset['lang'];
if (lang) rememberLanguage(lang);

// "Wrap lines" on code blocks (rendered hidden by rehype-code-blocks): long commands wrap instead of scrolling.
for (const wrap of document.querySelectorAll<HTMLButtonElement>('.wrap-button')) {
  wrap.hidden = false;
  wrap.addEventListener('click', () => {
    const wrapped = wrap.closest('.code-block')?.classList.toggle('is-wrapped') ?? false;
    wrap.setAttribute('aria-pressed', String(wrapped));
  });
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-switch-lang]');
  if (!link) return;
  const chosen = link.dataset['switchLang'];
  if (chosen) rememberLanguage(chosen);
  // A switcher that stays on screen (sticky header) is clicked where the reader is: the top means the top.
  const position = getComputedStyle(link.closest('header') ?? link).position;
  if (position === 'sticky' || position === 'fixed') {
    link.hash = anchorInView();
    return;
  }
  const shared = elementOfHash()?.hasAttribute(SHARED_ANCHOR_ATTRIBUTE) ? location.hash : '';
  link.hash = anchorInView() || anchorInView(readY) || shared;
});

enableCopyButtons(document);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('.mobile-bar details[open] a');
  link?.closest('details')?.removeAttribute('open');
});
document.addEventListener('keydown', (event) => {
  const open = event.key === 'Escape' ? document.querySelector<HTMLDetailsElement>('.mobile-bar details[open]') : null;
  if (!open) return;
  open.open = false;
  open.querySelector('summary')?.focus();
});
