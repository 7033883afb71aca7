import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/markdown/pipeline.ts';
import { renderInline } from '../../src/markdown/render-markdown.ts';
import { markerUses, splitParameters } from '../../src/parameters/syntax.ts';
import { contentOf, removeFixtures } from './checks-fixtures.ts';

afterAll(removeFixtures);

/** The fixture guide declares `pool-fqdn`, example pool01.contoso.net, label "Pool actuel" / "Current pool". */
const contentDir = contentOf('parameter-valid');
const SPAN_FR = '<span class="param" data-param="pool-fqdn" title="Pool actuel (exemple)">pool01.contoso.net</span>';
const SPAN_EN = '<span class="param" data-param="pool-fqdn" title="Current pool (example)">pool01.contoso.net</span>';

async function render(markdown: string, lang = 'fr'): Promise<string> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: 'prism',
    ...markdownPlugins({ base: '/', contentDir }),
  });
  const result = await processor.render(markdown, {
    fileURL: pathToFileURL(join(contentDir, 'phases', lang, 'phase-1-prepare.mdx')),
  });
  return result.code;
}

describe('parameter syntax', () => {
  it('cuts text into plain text and parameters', () => {
    expect(splitParameters('Get-CsPool -Identity ⟦pool-fqdn⟧ | fl')).toEqual([
      { kind: 'text', value: 'Get-CsPool -Identity ' },
      { kind: 'parameter', id: 'pool-fqdn', start: 21, end: 32 },
      { kind: 'text', value: ' | fl' },
    ]);
  });

  it('writes an escaped marker (doubled opening bracket) as text', () => {
    expect(splitParameters('write ⟦⟦pool-fqdn⟧ to use it')).toEqual([
      { kind: 'text', value: 'write ⟦pool-fqdn⟧ to use it' },
    ]);
    expect(markerUses('⟦⟦pool-fqdn⟧ ⟦pool-fqdn⟧')).toEqual([{ id: 'pool-fqdn', offset: 13, wellFormed: true }]);
  });

  it('reads a parameter after a backslash, as Windows paths write it', () => {
    expect(splitParameters('\\\\⟦pool-fqdn⟧\\Share')).toEqual([
      { kind: 'text', value: '\\\\' },
      { kind: 'parameter', id: 'pool-fqdn', start: 2, end: 13 },
      { kind: 'text', value: '\\Share' },
    ]);
  });

  it('leaves PowerShell script blocks, variables and brackets alone', () => {
    const script = 'Get-CsUser | Where-Object { $_.RegistrarPool -eq $pool } | ForEach-Object { [string]$_.Identity }';
    expect(splitParameters(script)).toEqual([{ kind: 'text', value: script }]);
  });

  it('reports a marker whose content is not an id as malformed', () => {
    expect(markerUses('⟦Pool FQDN⟧')).toEqual([{ id: 'Pool FQDN', offset: 0, wellFormed: false }]);
  });
});

describe('parameters through the real Markdown pipeline (Prism, typography)', () => {
  it('renders a parameter inside a UNC path in a code block', async () => {
    const html = await render('```powershell\nTest-Path \\\\⟦pool-fqdn⟧\\LyncShare\n```\n');
    expect(html).toContain('data-param="pool-fqdn"');
    expect(html).toContain('LyncShare');
  });

  it('renders a parameter in a highlighted PowerShell code block, even cut into tokens', async () => {
    const html = await render(
      '```powershell\nGet-CsPool -Identity ⟦pool-fqdn⟧ | Where-Object { $_.Fqdn -ne "⟦pool-fqdn⟧" }\n```\n',
    );
    expect(html).toContain('class="language-powershell"');
    expect(html.split('data-param="pool-fqdn"').length - 1).toBe(2);
    expect(html).not.toContain('⟦');
    expect(html).toContain('$_');
  });

  it('renders a parameter in inline code, prose and link text, with the French typography intact', async () => {
    const html = await render(
      'Le pool ⟦pool-fqdn⟧ : lancez `Get-CsPool ⟦pool-fqdn⟧` puis ouvrez [le pool ⟦pool-fqdn⟧](https://example.org/).\n',
    );
    expect(html).toContain(`<code>Get-CsPool ${SPAN_FR}</code>`);
    expect(html).toContain(`Le pool ${SPAN_FR}\u202f:`);
    expect(html).toContain(`>le pool ${SPAN_FR}</a>`);
  });

  it('titles the example in the document’s language', async () => {
    expect(await render('`⟦pool-fqdn⟧`', 'en')).toContain(SPAN_EN);
  });

  it('renders a parameter in checklist labels and verifications (data rendered inline)', () => {
    const previous = process.env['CONTENT_DIR'];
    process.env['CONTENT_DIR'] = contentDir;
    try {
      const html = renderInline('Run `Get-CsPool -Identity ⟦pool-fqdn⟧` on ⟦pool-fqdn⟧', 'en');
      expect(html).toContain(SPAN_EN);
      expect(html).toContain('<span class="code-word">Get-CsPool</span>');
      expect(html.split('data-param').length - 1).toBe(2);
    } finally {
      if (previous === undefined) delete process.env['CONTENT_DIR'];
      else process.env['CONTENT_DIR'] = previous;
    }
  });

  it('shows an escaped marker as text in code and prose', async () => {
    const html = await render('Écrivez ⟦⟦pool-fqdn⟧.\n\n```text\n⟦⟦pool-fqdn⟧\n```\n');
    expect(html).not.toContain('data-param');
    expect(html.split('⟦pool-fqdn⟧').length - 1).toBe(2);
  });
});
