/** The runs as the `<option>`s of a `<select>`: the default run named in the page's language. */
import type { ProgressReader } from '../../checklist/progress-view.ts';

export function fillOptions(
  select: HTMLSelectElement,
  store: ProgressReader,
  defaultName: string,
  chosen: string,
): void {
  const runs = store.runs();
  const list = runs.length > 0 ? runs : [{ id: store.currentRunId(), name: '' }];
  select.replaceChildren(
    ...list.map(({ id, name }) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = name || defaultName;
      return option;
    }),
  );
  select.value = chosen;
}
