import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { readInterfaceFile } from '../../src/interface-labels/declared.ts';
import { labelText, labelUses, splitLabels } from '../../src/interface-labels/syntax.ts';
import { replaceLabels } from '../../src/markdown/rehype-interface-labels.ts';
import { renderInline } from '../../src/markdown/render-markdown.ts';

const toHtml = (root: Root) => unified().use(rehypeStringify).stringify(root);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function guideWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'labels-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'interface.yaml'), yaml);
  return dir;
}

const PAIR = { fr: 'Générateur de topologie', en: 'Topology Builder' };

describe('interface label syntax', () => {
  it('cuts a text at its ⟪id⟫ markers, leaving escaped and malformed ones as text', () => {
    expect(splitLabels('Ouvrez le ⟪topology-builder⟫, puis ⟪⟪topology-builder⟫ et ⟪Not An Id⟫.')).toEqual([
      { kind: 'text', value: 'Ouvrez le ' },
      { kind: 'label', id: 'topology-builder', raw: '⟪topology-builder⟫' },
      { kind: 'text', value: ', puis ⟪topology-builder⟫ et ⟪Not An Id⟫.' },
    ]);
  });

  it('lists the unescaped markers with their offsets, for the checks', () => {
    expect(labelUses('a ⟪x-y⟫ b ⟪⟪z⟫ ⟪Bad⟫')).toEqual([
      { id: 'x-y', offset: 2, wellFormed: true },
      { id: 'Bad', offset: 15, wellFormed: false },
    ]);
  });

  it('gives the page language’s label and the other languages’ that differ', () => {
    expect(labelText(PAIR, 'fr', ['fr', 'en'])).toEqual({
      own: 'Générateur de topologie',
      others: [{ lang: 'en', text: 'Topology Builder' }],
    });
    expect(
      labelText({ fr: 'Lync Server Management Shell', en: 'Lync Server Management Shell' }, 'en', ['fr', 'en']),
    ).toEqual({
      own: 'Lync Server Management Shell',
      others: [],
    });
  });
});

describe('interface labels file', () => {
  it('reads each label with every language, and the languages that show the others', () => {
    const { labels, problems } = readInterfaceFile(
      guideWith(
        'showOther: [fr]\nlabels:\n  topology-builder: { fr: Générateur de topologie, en: Topology Builder }\n',
      ),
    );
    expect(problems).toEqual([]);
    expect(labels.byId.get('topology-builder')).toEqual(PAIR);
    expect([...labels.showOther]).toEqual(['fr']);
  });

  it('names the file, line and field of a label missing a language', () => {
    const { problems } = readInterfaceFile(
      guideWith(
        'labels:\n  topology-builder: { fr: Générateur de topologie, en: Topology Builder }\n  control-panel: { fr: Panneau }\n',
      ),
      'content',
    );
    expect(problems.map((problem) => [problem.file, problem.line, problem.field, problem.message])).toEqual([
      ['content/interface.yaml', 3, 'labels.control-panel.en', 'expected the en label as text'],
    ]);
  });

  it('refuses an id that is not kebab-case and an unknown language', () => {
    const { problems } = readInterfaceFile(
      guideWith('showOther: [de]\nlabels:\n  Topology: { fr: a, en: b }\n'),
      'content',
    );
    expect(problems.map((problem) => problem.field)).toEqual(['showOther.0', 'labels.Topology']);
  });
});

describe('interface labels in pages', () => {
  const labels = { byId: new Map([['topology-builder', PAIR]]), showOther: new Set(['fr' as const]) };
  const tree = (text: string, heading = 'h2'): Root => ({
    type: 'root',
    children: [
      { type: 'element', tagName: heading, properties: {}, children: [{ type: 'text', value: 'Section' }] },
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] },
      { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: '⟪topology-builder⟫' }] },
    ],
  });

  it('shows the other language in parentheses at the first use in a section, hidden afterwards', () => {
    const root = tree('Le ⟪topology-builder⟫ puis le ⟪topology-builder⟫.');
    replaceLabels(root, labels, 'fr');
    expect(toHtml(root)).toBe(
      '<h2>Section</h2><p>Le <span class="ui-label">Générateur de topologie<span class="ui-label-other" lang="en"> (Topology Builder)</span></span>' +
        ' puis le <span class="ui-label">Générateur de topologie<span class="ui-label-other" lang="en" hidden> (Topology Builder)</span></span>.</p>' +
        '<code>Générateur de topologie</code>',
    );
  });

  it('keeps the other language hidden, for search only, on the pages of a language not listed in showOther', () => {
    const root = tree('Open ⟪topology-builder⟫.');
    replaceLabels(root, labels, 'en');
    expect(toHtml(root)).toContain(
      '<span class="ui-label">Topology Builder<span class="ui-label-other" lang="fr" hidden> (Générateur de topologie)</span></span>',
    );
  });

  it('leaves an unknown id as written (the check reports it)', () => {
    const root = tree('Le ⟪no-such-label⟫.');
    replaceLabels(root, labels, 'fr');
    expect(toHtml(root)).toContain('<p>Le ⟪no-such-label⟫.</p>');
  });

  it('renders the guide’s labels in checklist texts too', () => {
    expect(renderInline('Ouvrez le ⟪topology-builder⟫', 'fr')).toContain('Générateur de topologie');
  });
});
