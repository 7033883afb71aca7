/** `<theme-select>` (ThemeSelect.astro): system, light or dark, applied at once and kept for the next pages. */
import { defineElement } from './define-element.ts';
import { rememberedTheme, rememberTheme } from './preferences.ts';

// The head's inline script set the theme before the first paint; a server sending a policy without its
// hash blocks it: the page then takes the reader's theme here, later but still.
const chosen = rememberedTheme();
if (chosen && !document.documentElement.dataset['theme']) document.documentElement.dataset['theme'] = chosen;

class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset['theme'] ?? 'auto';
    select.disabled = false;
    select.addEventListener('change', () => {
      const theme = select.value;
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;
      else delete document.documentElement.dataset['theme'];
      rememberTheme(theme);
    });
  }
}

defineElement('theme-select', ThemeSelect);
