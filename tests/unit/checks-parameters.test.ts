import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';
import { plainExamples } from '../../src/checks/parameters.ts';

afterAll(removeFixtures);

describe('content checks: parameters', () => {
  it('accepts a declared parameter used in every language', () => {
    expect(messagesOf('parameter-valid')).toEqual([]);
  });

  it('rejects an undeclared parameter, naming the closest declared one', () => {
    expect(messagesOf('parameter-unknown')).toEqual([
      'content/phases/fr/phase-1-prepare.mdx:33: error: unknown parameter "pool-fdqn" (did you mean "pool-fqdn"?)',
    ]);
    expect(problemsOf('parameter-unknown')[0]?.fix).toContain('content/parameters.yaml');
  });

  it('warns about a declared parameter that no document uses', () => {
    const plain = (lang: string) =>
      `content/phases/${lang}/phase-1-prepare.mdx:32: warning: "pool01.contoso.net", the example of the parameter "pool-fqdn", is written as plain text: the reader's value will not replace it`;
    expect(messagesOf('parameter-unused')).toEqual([
      'content/parameters.yaml:6: warning: the parameter "pool-fqdn" is declared but no document uses it',
      plain('en'),
      plain('fr'),
    ]);
  });

  it('rejects an example that is not a valid value of its kind, at its line', () => {
    expect(messagesOf('parameter-malformed-example')).toEqual([
      'content/parameters.yaml:9: error: parameters.pool-fqdn.example: "pool01..contoso.net" is not a valid fqdn',
    ]);
  });

  it("warns about a command that still carries a parameter's example as plain text", () => {
    expect(messagesOf('parameter-plain-example')).toEqual([
      'content/phases/en/phase-1-prepare.mdx:32: warning: "pool01.contoso.net", the example of the parameter "pool-fqdn", is written as plain text: the reader\'s value will not replace it',
    ]);
    expect(problemsOf('parameter-plain-example')[0]?.fix).toBe('write ⟦pool-fqdn⟧ in its place');
  });

  it('finds an example standing alone or ending a longer name, the longest example first, and not inside another word', () => {
    const examples: [string, string][] = [
      ['sip-domain', 'contoso.com'],
      ['edge-fqdn', 'sip.contoso.com'],
    ];
    expect(plainExamples('Test-CsFederatedPartner -Domain contoso.com', examples)).toEqual(['sip-domain']);
    expect(plainExamples('Resolve-DnsName lyncdiscover.contoso.com', examples)).toEqual(['sip-domain']);
    expect(plainExamples('Test-NetConnection sip.contoso.com -Port 443', examples)).toEqual(['edge-fqdn']);
    expect(
      plainExamples('Resolve-DnsName lyncdiscover.⟦sip-domain⟧; mycontoso.com; contoso.community', examples),
    ).toEqual([]);
    expect(plainExamples('SIP/CONTOSO.COM', examples)).toEqual(['sip-domain']);
  });
});

describe('the Lync guide’s parameters', () => {
  it('no command or checklist text of the guide carries the example of a declared parameter as plain text', async () => {
    const { checkContent } = await import('../../src/checks/index.ts');
    const { readParameters } = await import('../../src/parameters/declared.ts');
    const declared = readParameters('content');
    for (const id of ['sip-domain', 'legacy-pool-fqdn', 'pilot-pool-fqdn'])
      expect(declared.byId.has(id), id).toBe(true);
    expect(declared.byId.get('sip-domain')?.example).toBe('contoso.com');
    expect(declared.byId.get('legacy-pool-fqdn')?.example).toBe('pool01.contoso.net');
    expect(declared.byId.get('pilot-pool-fqdn')?.example).toBe('pool02.contoso.net');
    const { problems } = checkContent({ contentDir: 'content', label: 'content' });
    expect(
      problems
        .filter((problem) => problem.message.includes('is written as plain text'))
        .map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
    ).toEqual([]);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  }, 60_000);
});
