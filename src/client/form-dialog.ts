/**
 * A modal form built in the page on its first use (a step's evidence, a phase's sign-off): a `<dialog>`
 * labelled by its title, a `<form method="dialog">` holding the given fields, and the cancel and save
 * buttons, which close it with `returnValue` "cancel" or "save" (cancel leaves required fields unchecked).
 * Styled as the page's other dialogs (`.confirm-dialog`, controls.css); appended to the body.
 */
export interface FormDialogText {
  readonly title: string;
  readonly cancel: string;
  readonly save: string;
}

/** A field: a paragraph, the control under its label (as the run dialog's fields, RunControl.astro). */
export function dialogField(
  label: string,
  control: HTMLInputElement | HTMLTextAreaElement,
  name: string,
  max: number,
): HTMLElement {
  const line = document.createElement('p');
  const wrap = document.createElement('label');
  control.name = name;
  control.maxLength = max;
  if (control instanceof HTMLTextAreaElement) {
    control.rows = 3;
    control.cols = 40;
  }
  wrap.append(label, document.createElement('br'), control);
  line.append(wrap);
  return line;
}

export function formDialog(
  id: string,
  text: FormDialogText,
  fields: readonly Node[],
): { dialog: HTMLDialogElement; form: HTMLFormElement } {
  const dialog = document.createElement('dialog');
  dialog.className = 'confirm-dialog form-dialog';
  dialog.setAttribute('aria-labelledby', id);
  const form = document.createElement('form');
  form.method = 'dialog';
  const title = document.createElement('h2');
  title.id = id;
  title.textContent = text.title;
  const actions = document.createElement('div');
  actions.className = 'confirm-dialog-actions';
  const cancel = document.createElement('button');
  cancel.className = 'button';
  cancel.value = 'cancel';
  cancel.formNoValidate = true;
  cancel.textContent = text.cancel;
  const save = document.createElement('button');
  save.className = 'button button-primary';
  save.value = 'save';
  save.textContent = text.save;
  actions.append(cancel, save);
  form.append(title, ...fields, actions);
  dialog.append(form);
  document.body.append(dialog);
  return { dialog, form };
}
