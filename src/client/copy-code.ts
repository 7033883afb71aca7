/** Shows the copy buttons of code blocks (rendered hidden by rehype-code-blocks) and copies on click. */
const FEEDBACK_MS = 2000;

export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.code-block .copy-button')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const code = button.closest('.code-block')?.querySelector('pre code, pre');
      let feedback = button.dataset['failed'] ?? '';
      try {
        await navigator.clipboard.writeText(code?.textContent?.replace(/\n$/, '') ?? '');
        feedback = button.dataset['copied'] ?? '';
      } catch {
        if (code) window.getSelection()?.selectAllChildren(code);
      }
      button.textContent = feedback;
      window.setTimeout(() => {
        button.textContent = label;
      }, FEEDBACK_MS);
    });
  }
}
