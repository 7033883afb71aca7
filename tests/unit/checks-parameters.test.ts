import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

describe('content checks: parameters', () => {
  it('accepts a declared parameter used in every language', () => {
    expect(messagesOf('parameter-valid')).toEqual([]);
  });

  it('rejects an undeclared parameter, naming the closest declared one', () => {
    expect(messagesOf('parameter-unknown')).toEqual(['content/phases/fr/phase-1-prepare.mdx:33: error: unknown parameter "pool-fdqn" (did you mean "pool-fqdn"?)']);
    expect(problemsOf('parameter-unknown')[0]?.fix).toContain('content/parameters.yaml');
  });

  it('warns about a declared parameter that no document uses', () => {
    expect(messagesOf('parameter-unused')).toEqual(['content/parameters.yaml:6: warning: the parameter "pool-fqdn" is declared but no document uses it']);
    expect(problemsOf('parameter-unused')[0]?.severity).toBe('warning');
  });

  it('rejects an example that is not a valid value of its kind, at its line', () => {
    expect(messagesOf('parameter-malformed-example')).toEqual(['content/parameters.yaml:9: error: parameters.pool-fqdn.example: "pool01..contoso.net" is not a valid fqdn']);
  });
});
