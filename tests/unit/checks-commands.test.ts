import { afterAll, describe, expect, it } from 'vitest';
import { messagesOf, problemsOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

const EN1 = 'content/phases/en/phase-1-prepare.mdx';
const EN2 = 'content/phases/en/phase-2-migrate.mdx';
const FR2 = 'content/phases/fr/phase-2-migrate.mdx';
const MOVE_USER = 'https://learn.microsoft.com/powershell/module/skypeforbusiness/move-csuser';

describe('content checks: commands', () => {
  it('passes the valid guide, whose commands are all declared', () => {
    expect(messagesOf('valid')).toEqual([]);
  });

  it('reports a command of a code block that is not declared, with the closest declared name', () => {
    expect(messagesOf('command-undeclared')).toEqual([
      `${EN2}:27: error: Move-CsUsr is not a declared command (did you mean "Move-CsUser"?)`,
    ]);
    expect(problemsOf('command-undeclared')[0]?.fix).toBe(
      'correct its name, or verify it against its reference page and declare it in content/commands.yaml (products, parameters, reference)',
    );
  });

  it('reports undeclared commands in inline code: prose, checklist labels and verifications, glossary definitions', () => {
    expect(messagesOf('command-undeclared-inline')).toEqual([
      'content/glossary/en.yaml:7: error: Get-CsPool is not a declared command',
      `${EN1}:14: error: Resolve-DnsNam is not a declared command (did you mean "Resolve-DnsName"?)`,
      `${EN1}:19: error: Get-CsDatabse is not a declared command (did you mean "Get-CsDatabase"?)`,
      `${EN1}:23: error: Get-CsPool is not a declared command`,
    ]);
    expect(problemsOf('command-undeclared-inline').map((problem) => problem.field)).toEqual([
      'terms.1.definition',
      'checklist.0.items.0.label',
      'checklist.0.items.1.verify',
      undefined,
    ]);
  });

  it('reports a parameter not declared for its command, with the closest one and the reference page', () => {
    expect(messagesOf('command-parameter-undeclared')).toEqual([
      `${EN2}:27: error: Move-CsUser has no declared parameter -Idenity (did you mean "-Identity"?)`,
    ]);
    expect(problemsOf('command-parameter-undeclared')[0]?.fix).toBe(
      `check it on ${MOVE_USER}, then correct it or add it to the parameters of Move-CsUser in content/commands.yaml`,
    );
  });

  it('reports a command that does not exist in the product the phase runs on, in every language', () => {
    expect(messagesOf('command-wrong-product')).toEqual([
      `${EN2}:32: error: Export-CsRgsConfiguration does not exist in Lync Server 2010, where this code block runs it: it is declared for Lync Server 2013`,
      `${FR2}:32: error: Export-CsRgsConfiguration does not exist in Lync Server 2010, where this code block runs it: it is declared for Lync Server 2013`,
    ]);
    expect(problemsOf('command-wrong-product')[0]?.fix).toContain(
      'say so in its fence: ```powershell runsOn=lync-2013',
    );
  });

  it('reports a parameter that only another product has, following the product a code block names in its fence', () => {
    // The phase runs on Lync Server 2013, where -MoveConferenceData exists; the second block says it runs on 2010.
    expect(messagesOf('command-parameter-wrong-product')).toEqual([
      `${EN2}:32: error: Move-CsUser -MoveConferenceData does not exist in Lync Server 2010, where this code runs it: it is declared for Lync Server 2013`,
    ]);
  });

  it('asks a phase to say which product it runs on when one of its commands exists only in some', () => {
    expect(messagesOf('command-runs-on-missing')).toEqual([
      `${EN2}:27: error: Move-CsUser -MoveConferenceData exists only in some products, and this phase does not say which product its commands run on`,
    ]);
    expect(problemsOf('command-runs-on-missing')[0]?.fix).toBe(
      'add "runsOn:" to its frontmatter with one of the products of content/commands.yaml: lync-2010, lync-2013',
    );
  });

  it('reports a product that commands.yaml does not declare, in runsOn and in a fence', () => {
    expect(messagesOf('command-runs-on-unknown')).toEqual([
      `${EN2}:4: error: runsOn: unknown product "lync-2031" (did you mean "lync-2010"?)`,
      `${EN2}:27: error: runsOn=: unknown product "lync2010" (did you mean "lync-2010"?)`,
    ]);
  });

  it('warns about a declared command or parameter that nothing uses, at its line of commands.yaml', () => {
    expect(messagesOf('command-unused')).toEqual([
      'content/commands.yaml:16: warning: Move-CsUser -Force is declared but no document uses it',
      'content/commands.yaml:21: warning: Get-CsPool is declared but no document uses it',
    ]);
  });

  it('reports a mistake in commands.yaml at its line: an unknown product, a missing or unknown field', () => {
    expect(messagesOf('commands-file-unknown-product')).toEqual([
      'content/commands.yaml:12: error: commands.Get-CsDatabase.products.1: unknown product "lync-2016"; the products are: lync-2010, lync-2013, windows-powershell',
    ]);
    expect(messagesOf('commands-file-unknown-field')).toEqual([
      'content/commands.yaml:11: error: missing field "commands.Get-CsDatabase.reference": expected the https address of the reference page the command was verified against',
      'content/commands.yaml:13: error: unknown field(s) url; a command has products, parameters, reference',
    ]);
  });
});
