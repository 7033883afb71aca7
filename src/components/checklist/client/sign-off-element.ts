/**
 * `<guide-sign-off>` (PhaseSignOff.astro): a phase's sign-off at the end of its page. What it shows, and its
 * button, come with sign-off-view.ts, loaded once the block comes near the screen (a screen ahead), so that
 * the page's first script stays small (tests/e2e/page-weight.test.ts); the block keeps its room meanwhile.
 * Data: `data-phase`, `data-items` and `data-numbers` (the steps' ids and their numbers, in order),
 * `data-intl`, `data-words` (the texts, JSON).
 */
import { defineElement } from '../../../client/define-element.ts';
import { loadPart } from '../../../client/load-part.ts';

class GuideSignOff extends HTMLElement {
  #stop: (() => void) | undefined;
  #seen: IntersectionObserver | undefined;

  connectedCallback(): void {
    this.#seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#seen?.disconnect();
        // Once the browser is idle: the parts a reader asks for as the page opens (the run menu) come first.
        (window.requestIdleCallback ?? setTimeout)(() => {
          void loadPart(() => import('./sign-off-view.ts')).then((view) => {
            if (this.isConnected) this.#stop = view.showSignOff(this);
          });
        });
      },
      { rootMargin: '100% 0px' },
    );
    this.#seen.observe(this);
  }

  disconnectedCallback(): void {
    this.#seen?.disconnect();
    this.#stop?.();
  }
}

defineElement('guide-sign-off', GuideSignOff);
