/**
 * The Content-Security-Policy the site is built to run under: nothing from elsewhere, no inline style, and
 * one inline script, the theme applied before the first paint (src/client/theme-before-paint.ts), allowed by
 * its SHA-256 hash, computed here from its text. `'wasm-unsafe-eval'` lets the search engine (Pagefind)
 * compile its WebAssembly. The preview server and the server configurations written with the build send
 * it; README.md gives it for other servers (a unit test checks that it is the same).
 */
import { createHash } from 'node:crypto';
import { THEME_BEFORE_PAINT } from '../client/theme-before-paint.ts';

/** The CSP source that allows an inline script whose text is `script`, byte for byte. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The only inline scripts a page may hold. */
export const INLINE_SCRIPTS: readonly string[] = [THEME_BEFORE_PAINT];

export const CONTENT_SECURITY_POLICY = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPTS.map(scriptHash).join(' ')}; style-src 'self'`;
