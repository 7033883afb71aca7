/** The reader's language preference, kept under the site's namespaced key; storage failures are ignored. */
import { storageKey } from '../utils/storage-keys.ts';

const KEY = storageKey(import.meta.env.BASE_URL, 'lang');

export function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode or disabled storage: `/` falls back to the browser's language.
  }
}

export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
