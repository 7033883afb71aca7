import { describe, expect, it } from 'vitest';
import { scanCommands } from '../../src/commands/scan.ts';
import { commandVocabulary, runsOnOfMeta } from '../../src/commands/vocabulary.ts';
import { commandsSchema } from '../../src/schemas/commands.ts';

const vocabulary = commandVocabulary(
  commandsSchema.parse({
    languages: ['powershell'],
    commandPattern: '[A-Z][a-z]+-[A-Z][A-Za-z0-9]+',
    parameterPattern: '[-/][A-Za-z][A-Za-z0-9]*',
    products: { 'product-a': 'Product A' },
    commands: {
      repadmin: { products: ['product-a'], parameters: ['/replsummary'], reference: 'https://example.com/repadmin' },
    },
  }),
);

/** Each command found as `Name -Param -Param` (a mention marked `(mention)`). */
const found = (code: string) =>
  scanCommands(code, vocabulary).map((use) =>
    [use.text, ...use.parameters.map((parameter) => parameter.text), ...(use.invoked ? [] : ['(mention)'])].join(' '),
  );

describe('finding commands in code', () => {
  it('reads each statement of a pipeline, with its own parameters', () => {
    expect(
      found('Get-CsUser -Filter {RegistrarPool -eq "pool01"} | Move-CsUser -Target "pool02" -MoveConferenceData'),
    ).toEqual(['Get-CsUser -Filter', 'Move-CsUser -Target -MoveConferenceData']);
  });

  it('finds commands inside script blocks, and none in quoted strings or comments', () => {
    expect(
      found(
        'Get-Thing | Where-Object {$_.Name -match "Real-Time"} # Not-This\nTest-Path "HKLM:\\Real-Time Communications"',
      ),
    ).toEqual(['Get-Thing', 'Where-Object', 'Test-Path']);
  });

  it('takes a command named as an argument for a mention, whose parameters belong to the command before it', () => {
    expect(found('Get-Help Get-CsUser -Detailed')).toEqual(['Get-Help -Detailed', 'Get-CsUser (mention)']);
  });

  it('finds declared tools by name, in any case, with their /options; a value joined to a parameter is not part of it', () => {
    expect(found('Repadmin /replsummary')).toEqual(['Repadmin /replsummary']);
    expect(found('.\\repadmin.exe /replsummary')).toEqual(['.\\repadmin.exe /replsummary']);
    expect(found('C:\\Tools\\REPADMIN.EXE /replsummary')).toEqual(['C:\\Tools\\REPADMIN.EXE /replsummary']);
    expect(found('Set-Thing -Enabled:$true -Type=SRV')).toEqual(['Set-Thing -Enabled -Type']);
  });

  it('continues a statement over a line that ends with a backtick, and starts a new one on the next line otherwise', () => {
    expect(found('Move-CsUser -Identity "a" `\n  -Target "b"\nGet-CsUser -Identity "a"')).toEqual([
      'Move-CsUser -Identity -Target',
      'Get-CsUser -Identity',
    ]);
  });

  it('ignores words that are not in command position and do not look like commands', () => {
    expect(found('RegistrarPool : pool02.contoso.net')).toEqual([]);
    expect(found('$users = Get-CsUser')).toEqual(['Get-CsUser']);
  });

  it('reads the products of a code block from its fence', () => {
    expect(runsOnOfMeta('runsOn=product-a')).toEqual(['product-a']);
    expect(runsOnOfMeta('title="x" runsOn=product-a,product-b')).toEqual(['product-a', 'product-b']);
    expect(runsOnOfMeta(undefined)).toBeUndefined();
  });
});
