/**
 * The reader's preferences, kept in the browser under the site's namespaced keys: the language read last
 * (for `/`), the theme (applied before the first paint by public/theme-init.js) and whether sign-off sheets
 * print with the current progress. A storage failure is ignored: the preference then holds for this page only.
 */
import { storageKey } from '../utils/storage-keys.ts';

const LANG_KEY = storageKey(import.meta.env.BASE_URL, 'lang');
const THEME_KEY = storageKey(import.meta.env.BASE_URL, 'theme');
const SHEET_PROGRESS_KEY = storageKey(import.meta.env.BASE_URL, 'sheet-progress');

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
export function rememberTheme(theme: string): void {
  try {
    if (theme === 'light' || theme === 'dark') localStorage.setItem(THEME_KEY, theme);
    else localStorage.removeItem(THEME_KEY);
  } catch {
    // Storage unavailable: the choice holds for this page only.
  }
}

/** Sheets print blank by default: only the choice "with progress" is kept, and unticking it removes it. */
export function rememberSheetProgress(withProgress: boolean): void {
  try {
    if (withProgress) localStorage.setItem(SHEET_PROGRESS_KEY, 'on');
    else localStorage.removeItem(SHEET_PROGRESS_KEY);
  } catch {
    // Storage unavailable: the choice holds for this page only.
  }
}

export function sheetProgressRemembered(): boolean {
  try {
    return localStorage.getItem(SHEET_PROGRESS_KEY) === 'on';
  } catch {
    return false;
  }
}
