/**
 * Names of everything the site keeps in the browser's storage. Every key is namespaced by the site's
 * base path, so that two guides served from one intranet host never share progress or preferences.
 * The theme script of every page's head reads its key from the `data-key` PageHead.astro writes with it.
 */
/**
 * `run`: the id of the run this browser works on; `who`: the initials or name its marks are signed with;
 * `writer`: this browser's id in a team folder (its file is `<run-id>/<writer>.json`, src/components/team/);
 * `pending`: changes made while the code that stores them was loading (client/store.ts).
 */
export type StorageName = 'theme' | 'lang' | 'progress' | 'sheet-progress' | 'run' | 'who' | 'writer' | 'pending';

export function storageKey(base: string, name: StorageName): string {
  return `runbook:${base}:${name}`;
}
