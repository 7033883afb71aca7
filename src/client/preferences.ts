/**
 * The reader's preferences, kept in the browser under the site's namespaced keys: the language read last
 * (for `/`), the theme (applied before the first paint by the inline script of
 * src/client/theme-before-paint.ts) and whether sign-off sheets print with the current progress. A storage
 * failure is ignored: the preference then holds for this page only.
 */
import { storageKey } from '../utils/storage-keys.ts';
import { readStored, writeStored } from './storage.ts';

const LANG_KEY = storageKey(import.meta.env.BASE_URL, 'lang');
const THEME_KEY = storageKey(import.meta.env.BASE_URL, 'theme');
const SHEET_PROGRESS_KEY = storageKey(import.meta.env.BASE_URL, 'sheet-progress');

/** Storage unavailable (private mode, disabled site data): `/` falls back to the browser's language. */
export function rememberLanguage(lang: string): void {
  writeStored(LANG_KEY, lang);
}

export function rememberedLanguage(): string | null {
  return readStored(LANG_KEY);
}

/** The theme the reader chose, or null (follow the system). */
export function rememberedTheme(): 'light' | 'dark' | null {
  const theme = readStored(THEME_KEY);
  return theme === 'light' || theme === 'dark' ? theme : null;
}

/** `light` or `dark` is kept; `auto` (follow the system) removes the choice. */
export function rememberTheme(theme: string): void {
  writeStored(THEME_KEY, theme === 'light' || theme === 'dark' ? theme : null);
}

/** Sheets print blank by default: only the choice "with progress" is kept, and unticking it removes it. */
export function rememberSheetProgress(withProgress: boolean): void {
  writeStored(SHEET_PROGRESS_KEY, withProgress ? 'on' : null);
}

export function sheetProgressRemembered(): boolean {
  return readStored(SHEET_PROGRESS_KEY) === 'on';
}
