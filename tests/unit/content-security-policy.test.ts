import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_BEFORE_PAINT } from '../../src/client/theme-before-paint.ts';
import {
  CONTENT_SECURITY_POLICY,
  scriptHash,
  serverContentSecurityPolicy,
} from '../../src/hosting/content-security-policy.ts';

describe('Content-Security-Policy', () => {
  it('allows the theme script by the SHA-256 of its exact text, and nothing else inline', async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(THEME_BEFORE_PAINT));
    const expected = `'sha256-${Buffer.from(digest).toString('base64')}'`;
    expect(scriptHash(THEME_BEFORE_PAINT)).toBe(expected);
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${expected}; style-src 'self'`,
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('is, with the server-only directives, the policy README.md tells administrators to send', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const quoted = [...readme.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]*)/g)].map((match) => match[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const policy of quoted) expect(policy).toBe(serverContentSecurityPolicy());
  });
});
