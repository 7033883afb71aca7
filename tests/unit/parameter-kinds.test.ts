import { describe, expect, it } from 'vitest';
import { invalidReason, PARAMETER_KINDS, type ParameterKind } from '../../src/parameters/kinds.ts';

const CASES: Record<ParameterKind, { valid: string[]; invalid: string[] }> = {
  fqdn: {
    valid: ['pool01.contoso.net', 'a.b', 'lync-fe01.corp.example.co.uk'],
    invalid: [
      'pool01',
      'pool01..contoso.net',
      '-pool.contoso.net',
      'pool.contoso.123',
      'pool_01.contoso.net',
      'pool 01.contoso.net',
    ],
  },
  'sip-domain': { valid: ['contoso.com', 'fabrikam.fr'], invalid: ['contoso', 'sip:contoso.com', 'contoso.com.'] },
  'sip-address': {
    valid: ['sara.davis@contoso.com', 'user+1@a.example'],
    invalid: ['sip:sara.davis@contoso.com', 'sara.davis', 'sara davis@contoso.com', '@contoso.com', 'sara@contoso'],
  },
  'host-name': {
    valid: ['SRV01', 'lync-fe01'],
    invalid: ['srv01.contoso.com', '-srv', '12345', 'averyveryverylonghost'],
  },
  ipv4: {
    valid: ['192.0.2.10', '10.0.0.1', '255.255.255.255'],
    invalid: ['256.1.1.1', '1.2.3', '01.2.3.4.5', '1.2.3.4 '],
  },
  port: { valid: ['443', '1', '65535'], invalid: ['0', '65536', '44 3', '-1', 'http'] },
  'windows-path': {
    valid: ['D:\\Share', 'C:\\', 'E:\\Lync Share\\Files'],
    invalid: ['Share', 'D:/Share', 'D:\\a?b', '\\\\srv\\share'],
  },
  'unc-path': {
    valid: ['\\\\fs01.contoso.net\\LyncShare', '\\\\FS01\\share\\sub'],
    invalid: ['D:\\Share', '\\\\\\share', '\\\\fs01', '//fs01/share'],
  },
  'sql-instance': {
    valid: ['sql01.contoso.net\\LYNC', 'sql01.contoso.net', 'SQL01\\RTC'],
    invalid: ['sql01.contoso.net\\', 'sql01\\a\\b', 'sql01.contoso.net\\9LYNC'],
  },
  text: { valid: ['Sara Davis', 'Pilot pool'], invalid: [' leading', 'trailing '] },
};

describe('parameter kinds', () => {
  it('has cases for every kind', () => {
    expect(Object.keys(CASES).sort()).toEqual([...PARAMETER_KINDS].sort());
  });

  for (const kind of PARAMETER_KINDS) {
    it(`accepts valid ${kind} values and refuses malformed ones`, () => {
      for (const value of CASES[kind].valid) expect(invalidReason(kind, value), value).toBeUndefined();
      for (const value of CASES[kind].invalid) expect(invalidReason(kind, value), value).toBeDefined();
    });
  }

  it('refuses markup and shell syntax in every kind, free text included', () => {
    for (const kind of PARAMETER_KINDS) {
      expect(invalidReason(kind, '<img src=x onerror=alert(1)>')).toBe('unsafe');
      expect(invalidReason(kind, '"; Remove-CsPool')).toBe('unsafe');
      expect(invalidReason(kind, 'a$b')).toBe('unsafe');
    }
  });

  it('refuses an empty value and a value too long', () => {
    expect(invalidReason('text', '')).toBe('empty');
    expect(invalidReason('text', 'x'.repeat(254))).toBe('tooLong');
  });

  it('applies the optional pattern to the whole value', () => {
    expect(invalidReason('fqdn', 'pool01.contoso.net', 'pool\\d+\\..*')).toBeUndefined();
    expect(invalidReason('fqdn', 'fe01.contoso.net', 'pool\\d+\\..*')).toBe('pattern');
    expect(invalidReason('fqdn', 'xpool01.contoso.net', 'pool\\d+\\..*')).toBe('pattern');
  });
});
