/**
 * The reader's preferences, kept in the browser under the site's namespaced keys: the language read last
 * (for `/`) and the theme (applied before the first paint by the inline script of src/client/theme-before-paint.ts). A storage failure is
 * ignored: the preference then holds for this page only.
 */
import { storageKey } from '../utils/storage-keys.ts';

const LANG_KEY = storageKey(import.meta.env.BASE_URL, 'lang');
const THEME_KEY = storageKey(import.meta.env.BASE_URL, 'theme');

export function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private mode or disabled storage: `/` falls back to the browser's language.
  }
}

export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

/** `light` or `dark` is kept; `auto` (follow the system) removes the choice. */
/** The theme the reader chose, or null (follow the system). */
export function rememberedTheme(): 'light' | 'dark' | null {
  try {
    const theme = localStorage.getItem(THEME_KEY);
    return theme === 'light' || theme === 'dark' ? theme : null;
  } catch {
    return null;
  }
}

export function rememberTheme(theme: string): void {
  try {
    if (theme === 'light' || theme === 'dark') localStorage.setItem(THEME_KEY, theme);
    else localStorage.removeItem(THEME_KEY);
  } catch {
    // Storage unavailable: the choice holds for this page only.
  }
}
