import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkAlerts } from '../../src/markdown/remark-alerts.ts';

function render(markdown: string, path: string): string {
  const processor = unified().use(remarkParse).use(remarkAlerts).use(remarkRehype).use(rehypeStringify);
  return String(processor.processSync(new VFile({ value: markdown, path })));
}

describe('alert callouts', () => {
  it('renders the DocFX form (marker, two trailing spaces) with a translated title', () => {
    const html = render('> [!IMPORTANT]  \n> Sauvegardez d’abord.', 'content/phases/fr/phase-2.mdx');
    expect(html).toBe(
      '<aside class="callout callout-important" role="note">\n<p class="callout-title">Important</p>\n<p>Sauvegardez d’abord.</p>\n</aside>',
    );
  });

  it('renders the GitHub form (marker on its own line) in the language of the file', () => {
    const html = render('> [!WARNING]\n> Back up first.', 'content/phases/en/phase-2.mdx');
    expect(html).toContain('<p class="callout-title">Warning</p>');
    expect(html).toContain('<p>Back up first.</p>');
    expect(render('> [!WARNING]\n> Sauvegardez.', 'content/phases/fr/phase-2.mdx')).toContain('Avertissement');
  });

  it('translates every alert type', () => {
    const titles = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'].map(
      (type) => /callout-title">([^<]+)</.exec(render(`> [!${type}]\n> x`, 'content/phases/fr/a.mdx'))?.[1],
    );
    expect(titles).toEqual(['Remarque', 'Conseil', 'Important', 'Avertissement', 'Attention']);
  });

  it('keeps an ordinary blockquote as a blockquote', () => {
    expect(render('> Just a quote.', 'content/phases/en/a.mdx')).toBe(
      '<blockquote>\n<p>Just a quote.</p>\n</blockquote>',
    );
  });

  it('stops with the file, line and accepted types for an unknown type', () => {
    let error: unknown;
    try {
      render('Intro\n\n> [!DANGER]\n> x', 'content/phases/en/a.mdx');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      file: 'content/phases/en/a.mdx',
      line: 3,
      reason: 'Unknown alert type "[!DANGER]". Use one of: [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION].',
    });
  });
});
