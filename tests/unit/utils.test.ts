import { describe, expect, it } from 'vitest';
import { renderInline } from '../../src/markdown/render-markdown.ts';
import { NARROW_NBSP } from '../../src/markdown/typography.ts';
import { chooseLanguage } from '../../src/utils/choose-language.ts';
import { formatDuration, formatDurationNarrow } from '../../src/utils/format.ts';
import { durationSource, neighbours, orderPhases, splitEntryId, sumDurations } from '../../src/utils/phases.ts';
import { storageKey } from '../../src/utils/storage-keys.ts';

describe('phase order', () => {
  const phases = [
    { slug: 'b', phase: 2 },
    { slug: 'zero', phase: 0 },
    { slug: 'a', phase: 1 },
  ];

  it('orders phases by number and finds the neighbours', () => {
    const ordered = orderPhases(phases);
    expect(ordered.map((phase) => phase.slug)).toEqual(['zero', 'a', 'b']);
    expect(neighbours(ordered, 'a')).toEqual({ previous: { slug: 'zero', phase: 0 }, next: { slug: 'b', phase: 2 } });
    expect(neighbours(ordered, 'zero')).toEqual({ next: { slug: 'a', phase: 1 } });
    expect(neighbours(ordered, 'missing')).toEqual({});
  });

  it('splits a content id into language and slug, and refuses an id without a language folder', () => {
    expect(splitEntryId('fr/phase-2')).toEqual({ lang: 'fr', slug: 'phase-2' });
    expect(() => splitEntryId('phase-2')).toThrow('expected "<lang>/<slug>"');
  });

  it('sums the durations that are known', () => {
    expect(sumDurations([{ duration: 15 }, {}, { duration: 30 }])).toBe(45);
    expect(sumDurations([{}, {}])).toBeUndefined();
    expect([durationSource(90), durationSource(45), durationSource(120)]).toEqual(['1h30min', '45min', '2h']);
  });
});

describe('language of the root page', () => {
  const base = { supported: ['fr', 'en'], fallback: 'fr' };

  it('prefers the language read before, then the browser, then the default', () => {
    expect(chooseLanguage({ ...base, remembered: 'en', browser: ['fr-FR'] })).toBe('en');
    expect(chooseLanguage({ ...base, remembered: null, browser: ['de-DE', 'en-US'] })).toBe('en');
    expect(chooseLanguage({ ...base, remembered: 'xx', browser: ['de'] })).toBe('fr');
  });
});

describe('formats', () => {
  it('formats durations in the page language', () => {
    const spaced = (text: string) => text.replace(/\s/gu, ' ');
    expect(spaced(formatDuration('fr', 90))).toBe('1 h et 30 min');
    expect(spaced(formatDuration('en', 45))).toBe('45 mins');
    expect(spaced(formatDuration('en', 120))).toBe('2 hrs');
  });

  it('formats durations narrow for tables, never broken across lines', () => {
    expect(formatDurationNarrow('fr', 205)).toBe('3h\u00A025min');
    expect(formatDurationNarrow('en', 205)).toBe('3h\u00A025m');
    expect(formatDurationNarrow('en', 40)).toBe('40m');
    expect(formatDurationNarrow('fr', 120)).toBe('2h');
  });
});

describe('inline Markdown of checklist labels', () => {
  it('renders code and emphasis without a paragraph, with French spacing outside code', () => {
    expect(renderInline('Exécutez `Get-CsUser ; x` : **vérifiez**', 'fr')).toBe(
      `Exécutez <code><span class="code-word">Get-CsUser</span> ; x</code>${NARROW_NBSP}: <strong>vérifiez</strong>`,
    );
    expect(renderInline('Run `Move-CsUser`: check', 'en')).toBe(
      'Run <code><span class="code-word">Move-CsUser</span></code>: check',
    );
  });

  it('keeps the short hyphenated words of inline code whole, without changing the text', () => {
    const html = renderInline('`Get-CsUser -Identity "Sara Davis" | Get-CsManagementStoreReplicationStatus`', 'en');
    expect(html).toBe(
      '<code><span class="code-word">Get-CsUser</span> <span class="code-word">-Identity</span> "Sara Davis" | Get-CsManagementStoreReplicationStatus</code>',
    );
    expect(html.replace(/<[^>]+>/g, '')).toBe(
      'Get-CsUser -Identity "Sara Davis" | Get-CsManagementStoreReplicationStatus',
    );
  });

  it('rewrites links with the resolver it is given', () => {
    expect(renderInline('[Phase 2](phase-2.md)', 'en', (href) => `/en/${href.replace('.md', '/')}`)).toBe(
      '<a href="/en/phase-2/">Phase 2</a>',
    );
  });
});

describe('storage keys', () => {
  it('are namespaced by the base path', () => {
    expect(storageKey('/guides/lync/', 'progress')).toBe('runbook:/guides/lync/:progress');
    expect(storageKey('/', 'theme')).toBe(`runbook:/:theme`);
  });
});
