/**
 * Shows the copy buttons of code blocks (rendered hidden by rehype-code-blocks) and copies on click.
 * The feedback ("Copied", or "select the text" when copying fails) shows on the button and is announced
 * through one polite live region.
 */
const FEEDBACK_MS = 2000;

/**
 * Copies text. The asynchronous clipboard exists only in secure contexts (HTTPS or localhost); guides are
 * often served over plain HTTP on an intranet, where the older `execCommand('copy')` still works.
 */
async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: try the older way below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    // Deprecated, but the only way to copy outside a secure context; typed locally so that it is deliberate.
    copied = (document as { execCommand(command: 'copy'): boolean }).execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

let liveRegion: HTMLElement | undefined;

function announce(message: string): void {
  if (!liveRegion) {
    liveRegion = document.createElement('p');
    liveRegion.className = 'visually-hidden';
    liveRegion.setAttribute('role', 'status');
    document.body.append(liveRegion);
  }
  liveRegion.textContent = '';
  // A new text node after clearing, so that repeating the same message is announced again.
  window.setTimeout(() => {
    if (liveRegion) liveRegion.textContent = message;
  }, 50);
}

export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.code-block .copy-button')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const code = button.closest('.code-block')?.querySelector('pre code, pre');
      const copied = await copyText(code?.textContent?.replace(/\n$/, '') ?? '');
      if (!copied && code) window.getSelection()?.selectAllChildren(code);
      const feedback = (copied ? button.dataset['copied'] : button.dataset['failed']) ?? '';
      button.textContent = feedback;
      announce(feedback);
      window.setTimeout(() => {
        button.textContent = label;
      }, FEEDBACK_MS);
    });
  }
}
