/**
 * The reader's preferences, kept in the browser under the site's namespaced keys: the language read last
 * (for `/`) and the theme (applied before the first paint by public/theme-init.js). A storage failure is
 * ignored: the preference then holds for this page only.
 */
import { storageKey } from '../utils/storage-keys.ts';
import { readStored, writeStored } from './storage.ts';

const LANG_KEY = storageKey(import.meta.env.BASE_URL, 'lang');
const THEME_KEY = storageKey(import.meta.env.BASE_URL, 'theme');

/** Storage unavailable (private mode, disabled site data): `/` falls back to the browser's language. */
export function rememberLanguage(lang: string): void {
  writeStored(LANG_KEY, lang);
}

export function rememberedLanguage(): string | null {
  return readStored(LANG_KEY);
}

/** `light` or `dark` is kept; `auto` (follow the system) removes the choice. */
export function rememberTheme(theme: string): void {
  writeStored(THEME_KEY, theme === 'light' || theme === 'dark' ? theme : null);
}
