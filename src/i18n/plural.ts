/**
 * The one plural rule: the grammatical number of a count in a language (`Intl.PluralRules`), reduced to the
 * two forms the dictionaries write (`<key>.one`, `<key>.other`): "1 étape", "0 étape", "2 étapes"; "1 step",
 * "0 steps". Used on the server (translateCount) and in the browser (progress texts, search counts).
 */
export type PluralForm = 'one' | 'other';

export function pluralForm(intlLocale: string, count: number): PluralForm {
  return new Intl.PluralRules(intlLocale).select(count) === 'one' ? 'one' : 'other';
}
