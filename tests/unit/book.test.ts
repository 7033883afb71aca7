import { describe, expect, it } from 'vitest';
import { bookPartId, makeBook } from '../../src/utils/book.ts';

const options = { base: '/g/', lang: 'en', phases: ['phase-1', 'phase-2'], glossary: true };
const part = (slug: string, body: string) =>
  `<section id="${bookPartId(slug)}"><h2>Title</h2><div data-book-shift>${body}</div></section>`;

describe('the book: the guide in one page', () => {
  it('leads links between phases to the phase in the book, or to the anchor when the book holds it once', () => {
    const html = makeBook(
      part(
        'phase-1',
        '<h2 id="s1">S</h2><a href="/g/en/phase-2/">p2</a><a href="/g/en/phase-2/#s2">s2</a><a href="/g/en/phase-2/#dup">dup</a>',
      ) + part('phase-2', '<h2 id="s2">S2</h2><p id="dup"></p><p id="dup"></p>'),
      options,
    );
    expect(html).toContain('<a href="#book-phase-2">p2</a>');
    expect(html).toContain('<a href="#s2">s2</a>');
    expect(html).toContain('<a href="#book-phase-2">dup</a>');
  });

  it('leads glossary links to the term, and links to the home to the introduction', () => {
    const html = makeBook(
      `<section id="book-home"></section>${part('phase-1', '<a href="/g/en/glossary/#pool">pool</a><a href="/g/en/">home</a><a href="/g/en/#progress-file">file</a>')}<dl id="book-glossary"><dt id="pool">pool</dt></dl>`,
      options,
    );
    expect(html).toContain('<a href="#pool">pool</a>');
    expect(html).toContain('<a href="#book-home">home</a>');
    expect(html).toContain('<a href="#book-home">file</a>');
  });

  it('turns links to pages the book does not hold into text, and marks links leaving the guide', () => {
    const html = makeBook(
      part(
        'phase-1',
        '<a href="/g/en/checklists/">sheets</a><a href="https://learn.microsoft.com/x">doc</a><a href="/g/fr/phase-1/">fr</a><a href="#progress-file">file</a><a href="#here">here</a><p id="here"></p>',
      ),
      options,
    );
    expect(html).toContain('<span class="book-link">file</span>');
    expect(html).toContain('<a href="#here">here</a>');
    expect(html).toContain('<span class="book-link">sheets</span>');
    expect(html).toContain('<span class="book-link">fr</span>');
    expect(html).toContain('<a href="https://learn.microsoft.com/x" data-book-external="">doc</a>');
  });

  it('moves the headings of a part one level down, under the part title', () => {
    const html = makeBook(part('phase-1', '<h2 id="a">A</h2><h3 id="b">B</h3>'), options);
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<h3 id="a">A</h3>');
    expect(html).toContain('<h4 id="b">B</h4>');
  });
});

describe('the book’s running headers', () => {
  it('gives each part a named page whose top margin shows its title, with quotes escaped', async () => {
    const { runningHeadersCss } = await import('../../src/utils/book-running-headers.ts');
    const css = runningHeadersCss([{ id: 'book-phase-1', header: 'Guide — Phase 1 : « "x" » \\ y' }]);
    expect(css).toContain('@page book-phase-1 {');
    expect(css).toContain('content: "Guide — Phase 1 : « \\"x\\" » \\\\ y";');
    expect(css).toContain('#book-phase-1 {\n    page: book-phase-1;');
  });
});
