/**
 * On every page: each parameter (`<span class="param" data-param="id">example</span>`, rendered by
 * src/markdown/rehype-parameters.ts) shows the reader's value when they gave a valid one, marked as theirs
 * (`is-reader`, title = the parameter's label), else the example, as built. Only `textContent` is ever
 * set: a value is text, never markup. Follows changes made on the environment page and in other tabs.
 * Also fills the home's "Your environment: 3 of 17 set" (`[data-environment-summary]`).
 */
import { fill } from '../../../i18n/fill.ts';
import { pluralTemplate } from '../../checklist/progress-text.ts';
import type { ProgressStore } from '../../checklist/progress-store.ts';
import { watchProgress } from '../../checklist/client/store.ts';
import { declaredParameters } from './declared.ts';

type Usable = typeof import('./usable.ts').usableValue;

/** The validators, loaded the first time the reader has a value (a page without values needs none). */
let usable: Usable | undefined;

function render(store: ProgressStore): void {
  const values = store.values();
  if (values.size > 0 && !usable) {
    void import('./usable.ts').then((module) => {
      usable = module.usableValue;
      render(store);
    });
    return;
  }
  const usableValue: Usable = usable ?? (() => undefined);
  const declared = declaredParameters();
  for (const span of document.querySelectorAll<HTMLElement>('[data-param]')) {
    const parameter = declared.get(span.dataset['param'] ?? '');
    // The example and its title, as built, kept the first time.
    span.dataset['example'] ??= span.textContent ?? '';
    span.dataset['exampleTitle'] ??= span.title;
    const value = usableValue(parameter, values.get(span.dataset['param'] ?? ''));
    const text = value ?? span.dataset['example'];
    if (span.textContent !== text) span.textContent = text;
    span.classList.toggle('is-reader', value !== undefined);
    span.title = value !== undefined && parameter ? parameter.label : span.dataset['exampleTitle'];
  }
  for (const summary of document.querySelectorAll<HTMLElement>('[data-environment-summary]')) {
    const count = [...declared].filter(([id, parameter]) => usableValue(parameter, values.get(id)) !== undefined).length;
    const template = pluralTemplate(summary.dataset['intl'] ?? 'en', count, { one: summary.dataset['one'], other: summary.dataset['other'] });
    summary.textContent = fill(template, { count, total: declared.size });
  }
}

export function fillParameters(): void {
  if (declaredParameters().size === 0) return;
  watchProgress(render);
}
