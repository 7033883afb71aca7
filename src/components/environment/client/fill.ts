/**
 * On every page: each parameter (`<span class="param" data-param="id">example</span>`, rendered by
 * src/markdown/rehype-parameters.ts) shows the reader's value when they gave one, marked as theirs
 * (`is-reader`, title = the parameter's label), else the example, as built. Only `textContent` is ever
 * set: a value is text, never markup. The store's `values` hold only values that were valid when typed
 * (the form, which has the validators, keeps refused ones apart as drafts and checks the stored values
 * again against the current guide): the pages carry no validator. Follows changes made on the environment
 * page and in other tabs. Also fills the home's "Your environment: 3 of 17 set" (`[data-environment-summary]`).
 */
import { fill } from '../../../i18n/fill.ts';
import { pluralTemplate } from '../../checklist/progress-text.ts';
import type { ProgressReader } from '../../checklist/progress-view.ts';
import { watchProgress } from '../../checklist/client/store.ts';
import { declaredParameters } from './declared.ts';

function render(store: ProgressReader): void {
  const declared = declaredParameters();
  const values = store.values();
  for (const span of document.querySelectorAll<HTMLElement>('[data-param]')) {
    const id = span.dataset['param'] ?? '';
    const parameter = declared.get(id);
    // The example and its title, as built, kept the first time.
    span.dataset['example'] ??= span.textContent ?? '';
    span.dataset['exampleTitle'] ??= span.title;
    const value = parameter ? values.get(id) : undefined;
    const text = value ?? span.dataset['example'];
    if (span.textContent !== text) span.textContent = text;
    span.classList.toggle('is-reader', value !== undefined);
    span.title = value !== undefined && parameter ? parameter.label : span.dataset['exampleTitle'];
  }
  for (const summary of document.querySelectorAll<HTMLElement>('[data-environment-summary]')) {
    const count = [...declared.keys()].filter((id) => values.has(id)).length;
    const template = pluralTemplate(summary.dataset['intl'] ?? 'en', count, {
      one: summary.dataset['one'],
      other: summary.dataset['other'],
    });
    summary.textContent = fill(template, { count, total: declared.size });
  }
}

export function fillParameters(): void {
  if (declaredParameters().size === 0) return;
  watchProgress(render);
}
