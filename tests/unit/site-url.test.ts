import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteOrigin } from '../../src/utils/site-url.ts';

describe('the site origin (SITE_URL)', () => {
  it('is optional', () => {
    expect(siteOrigin(undefined)).toBeUndefined();
    expect(siteOrigin('  ')).toBeUndefined();
  });

  it('is an http or https origin, with or without its trailing slash', () => {
    expect(siteOrigin('https://intranet.example.org')).toBe('https://intranet.example.org');
    expect(siteOrigin(' http://docs.corp.local:8080/ ')).toBe('http://docs.corp.local:8080');
  });

  it('says what is expected when it is not one', () => {
    expect(() => siteOrigin('intranet.example.org')).toThrow(
      /SITE_URL: expected the site's origin, such as https:\/\/intranet.example.org, got "intranet.example.org"/,
    );
    expect(() => siteOrigin('ftp://files.example.org')).toThrow(/SITE_URL: expected an http or https origin/);
    expect(() => siteOrigin('https://intranet.example.org/guides/lync/')).toThrow(/the path goes in BASE_PATH/);
  });

  it('makes page paths absolute when given, and leaves them as they are otherwise', () => {
    expect(absoluteUrl('/guides/lync/en/phase-2/', 'https://intranet.example.org')).toBe(
      'https://intranet.example.org/guides/lync/en/phase-2/',
    );
    expect(absoluteUrl('/guides/lync/en/phase-2/', new URL('https://intranet.example.org/'))).toBe(
      'https://intranet.example.org/guides/lync/en/phase-2/',
    );
    expect(absoluteUrl('/en/', undefined)).toBe('/en/');
  });
});
