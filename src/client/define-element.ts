/**
 * The one way the site's custom elements are registered: each element's class is named after its tag
 * (`<guide-checklist>` → GuideChecklist) and registered here once, whichever scripts of the page import it.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
