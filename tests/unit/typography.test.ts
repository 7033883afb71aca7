import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { frenchSpacing, NARROW_NBSP as N, transformProse, typesetText } from '../../src/markdown/typography.ts';

describe('French punctuation spacing', () => {
  it('turns the space before : ; ! ? into a narrow no-break space', () => {
    expect(frenchSpacing('Phase 1 : Planification ; fin ! Prêt ?')).toBe(
      `Phase 1${N}: Planification${N}; fin${N}! Prêt${N}?`,
    );
  });

  it('adds the space where the author glued the punctuation to the word', () => {
    expect(frenchSpacing('Attention: prêt? oui!')).toBe(`Attention${N}: prêt${N}? oui${N}!`);
  });

  it('puts narrow no-break spaces inside guillemets, and turns curly quotes into guillemets', () => {
    expect(frenchSpacing('le «pool pilote» et « pool hérité » et “coexistence”')).toBe(
      `le «${N}pool pilote${N}» et «${N}pool hérité${N}» et «${N}coexistence${N}»`,
    );
  });

  it('leaves URLs, times and drive letters alone', () => {
    const text = 'http://go.microsoft.com/fwlink/p/?linkid=232630 à 10:30 sur C:\\Temp';
    expect(frenchSpacing(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = frenchSpacing('Phase 2 : « Préparation » !');
    expect(frenchSpacing(once)).toBe(once);
  });

  it('never touches code, pre or kbd', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'Exécutez : ' },
            {
              type: 'element',
              tagName: 'code',
              properties: {},
              children: [{ type: 'text', value: 'Get-CsUser ; $a ? b' }],
            },
          ],
        },
        { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: 'x : y' }] },
      ],
    };
    transformProse(tree, frenchSpacing);
    expect(JSON.stringify(tree)).toContain(`Exécutez${N}: `);
    expect(JSON.stringify(tree)).toContain('Get-CsUser ; $a ? b');
    expect(JSON.stringify(tree)).toContain('"x : y"');
  });
});

describe('typesetting short texts from data', () => {
  it('curls apostrophes and quotes, and spaces French punctuation', () => {
    expect(typesetText(`the pilot pool's "Edge" route`, false)).toBe('the pilot pool’s “Edge” route');
    expect(typesetText(`Phase 2 : Préparation de l'environnement "hérité"`, true)).toBe(
      `Phase 2${N}: Préparation de l’environnement «${N}hérité${N}»`,
    );
  });

  it('leaves text in backticks exactly as written', () => {
    expect(typesetText('Run `Get-CsUser -Identity "Sara Davis"` : done', true)).toBe(
      `Run \`Get-CsUser -Identity "Sara Davis"\`${N}: done`,
    );
  });
});
