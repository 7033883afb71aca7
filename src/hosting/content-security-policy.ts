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

/**
 * Directives only a response header can carry (`frame-ancestors` is ignored in a `<meta>`), and that
 * `default-src` does not cover: no `<base>` pointing elsewhere, no form posting elsewhere, and no framing
 * by another site.
 */
export const SERVER_ONLY_DIRECTIVES = "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/** The header every server sends: the site's policy and the server-only directives. */
export function serverContentSecurityPolicy(): string {
  return `${CONTENT_SECURITY_POLICY}; ${SERVER_ONLY_DIRECTIVES}`;
}
