/**
 * The Content-Security-Policy the site is built to run under: nothing inline, nothing from elsewhere.
 * `'wasm-unsafe-eval'` lets the search engine (Pagefind) compile its WebAssembly. The preview server and
 * the server files written with the build (web.config, .htaccess, nginx.conf: see hosting-policy.ts) send
 * it, with the directives below, from this one module.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

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
