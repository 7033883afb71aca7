/**
 * The one script of every page (PageScript.astro), loaded as a module, so it never blocks the parser or
 * the first paint: one request, cached from page to page. Each part registers a custom element, or does
 * nothing where its markup is missing. What only some readers need comes later, with import(): the search
 * code on the first search (site-search.ts), the marking of searched words on a page opened from a result.
 * Keep it small: tests/e2e/page-weight.test.ts asserts the budget of every page type.
 */
import './page.ts';
import './theme-select.ts';
import '../components/search/client/site-search.ts';
import '../components/checklist/client/checklist-element.ts';
import '../components/checklist/client/progress-element.ts';
import '../components/checklist/client/sign-off-element.ts';
import '../components/checklist/client/notice-element.ts';
import '../components/checklist/client/overview-element.ts';
import '../components/checklist/client/progress-file-element.ts';
import '../components/checklist/client/sheet-element.ts';
import '../components/checklist/client/nav-status.ts';
import '../components/runs/client/run-control-element.ts';
import '../components/team/client/team-start.ts';
import './root-redirect.ts';
import './not-found.ts';
import { loadPart } from './load-part.ts';

// The environment form and the kinds' validators, only on the page that has the form.
if (document.querySelector('guide-environment-form'))
  void loadPart(() => import('../components/environment/client/form-element.ts'));

// The home's runs, planned windows and log, once the reader opens them.
const board = document.querySelector('guide-run-board details');
const openBoard = () => void loadPart(() => import('../components/checklist/client/run-board-element.ts'));
if (board instanceof HTMLDetailsElement) {
  if (board.open) openBoard();
  else board.addEventListener('toggle', openBoard, { once: true });
}
