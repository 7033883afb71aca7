/**
 * The script that applies the reader's theme before the first paint, as the text PageHead.astro writes
 * inline at the top of every page's `<head>`. Inline, because an external classic script there would block
 * the parser for a round trip, and a module or deferred script runs too late: the page would flash in the
 * system theme first. The strict Content-Security-Policy allows it by its hash, which
 * src/hosting/content-security-policy.ts computes from this text: every server configuration and the
 * preview server carry it, so this text is the only inline script the site may have.
 *
 * It reads the storage key from its own `data-key` attribute (attributes are not part of the hash), so the
 * text is the same whatever the base path. Written for every browser, without module syntax, and kept short.
 * site.ts applies the same theme again if a server sends an older policy that blocks this script.
 */
export const THEME_BEFORE_PAINT =
  'try{var t=localStorage.getItem(document.currentScript.dataset.key);if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}';
