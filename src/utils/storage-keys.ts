/**
 * Names of everything the site keeps in the browser's storage. Every key is namespaced by the site's
 * base path, so that two guides served from one intranet host never share progress or preferences.
 * `public/theme-init.js` builds the theme key by hand and must agree with `storageKey(base, 'theme')`.
 */
export type StorageName = 'theme' | 'lang' | 'progress' | 'sheet-progress';

export function storageKey(base: string, name: StorageName): string {
  return `runbook:${base}:${name}`;
}
