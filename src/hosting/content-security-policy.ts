/**
 * The Content-Security-Policy the site is built to run under: nothing inline, nothing from elsewhere.
 * `'wasm-unsafe-eval'` lets the search engine (Pagefind) compile its WebAssembly. The preview server and
 * the IIS configuration written with the build send it; README.md gives it for other servers.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
