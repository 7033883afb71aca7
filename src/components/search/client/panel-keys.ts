/**
 * How the search panel closes and how the keyboard moves through it: Escape closes it and returns to the
 * field; ↓/↑ move between the field and the result links (the filters keep their own arrow keys); focus
 * or a click leaving the search closes it. Tab is left to the browser.
 */
export interface PanelParts {
  readonly host: HTMLElement;
  readonly input: HTMLInputElement;
  readonly panel: HTMLElement;
  readonly list: HTMLElement;
}

export function bindPanelKeys({ host, input, panel, list }: PanelParts): void {
  const close = () => {
    panel.hidden = true;
  };
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
      input.focus();
      return;
    }
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.target instanceof HTMLSelectElement) return;
    const stops: HTMLElement[] = [input, ...list.querySelectorAll('a')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at < 0 || panel.hidden) return;
    event.preventDefault();
    stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)]?.focus();
  });
  host.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !host.contains(event.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.target instanceof Node && !host.contains(event.target)) close();
  });
}
