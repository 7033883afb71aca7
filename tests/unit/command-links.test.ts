import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { commandVocabulary } from '../../src/commands/vocabulary.ts';
import { rehypeCommandLinks } from '../../src/markdown/rehype-command-links.ts';
import { commandsSchema } from '../../src/schemas/commands.ts';
import type { Root } from 'hast';

const vocabulary = commandVocabulary(
  commandsSchema.parse({
    languages: ['powershell'],
    commandPattern: '[A-Z][a-z]+-[A-Z][A-Za-z0-9]+',
    products: { 'product-a': 'Product A' },
    commands: {
      'Move-CsUser': { products: ['product-a'], parameters: ['-Target'], reference: 'https://example.com/move-csuser' },
      'Get-CsUser': { products: ['product-a'], reference: 'https://example.com/get-csuser' },
    },
  }),
);

function render(markdown: string, highlighted?: (tree: Root) => void): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(() => (tree: Root) => highlighted?.(tree))
      .use(rehypeCommandLinks, { vocabulary })
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

const link = (name: string, href: string) => `<a href="${href}" class="command-link">${name}</a>`;

describe('links from commands to their reference pages', () => {
  it('links each declared command of a code block of a command language, and leaves the code’s text unchanged', () => {
    const html = render(
      '```powershell\nGet-CsUser -Filter {RegistrarPool -eq "p"} | Move-CsUser -Target "pool02"\n```',
    );
    expect(html).toBe(
      `<pre><code class="language-powershell">${link('Get-CsUser', 'https://example.com/get-csuser')} -Filter {RegistrarPool -eq "p"} | ${link('Move-CsUser', 'https://example.com/move-csuser')} -Target "pool02"\n</code></pre>`,
    );
  });

  it('keeps the highlighting: the link goes inside the token that holds the name', () => {
    const html = render('```powershell\nMove-CsUser -Target x\n```', (tree) => {
      // What Prism makes of it: the name in a token of its own.
      const code = (tree.children[0] as { children: { children: unknown[] }[] }).children[0]!;
      code.children = [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['token', 'function'] },
          children: [{ type: 'text', value: 'Move-CsUser' }],
        },
        { type: 'text', value: ' -Target x\n' },
      ];
    });
    expect(html).toContain(
      `<span class="token function">${link('Move-CsUser', 'https://example.com/move-csuser')}</span> -Target x`,
    );
  });

  it('links a declared command in inline code, but not in code of another language, in a link or in a heading', () => {
    expect(render('Run `Move-CsUser` now.')).toBe(
      `<p>Run <code>${link('Move-CsUser', 'https://example.com/move-csuser')}</code> now.</p>`,
    );
    expect(render('```text\nMove-CsUser\n```')).not.toContain('<a ');
    expect(render('[the `Move-CsUser` page](https://example.com/x)')).toBe(
      '<p><a href="https://example.com/x">the <code>Move-CsUser</code> page</a></p>',
    );
    expect(render('## About `Move-CsUser`')).toBe('<h2>About <code>Move-CsUser</code></h2>');
  });

  it('does not link a name that is not declared, nor anything without declarations', () => {
    expect(render('`Get-Unknown -Target x`')).toBe('<p><code>Get-Unknown -Target x</code></p>');
    const plain = String(
      unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeCommandLinks, { vocabulary: undefined })
        .use(rehypeStringify)
        .processSync('`Move-CsUser`'),
    );
    expect(plain).toBe('<p><code>Move-CsUser</code></p>');
  });
});
