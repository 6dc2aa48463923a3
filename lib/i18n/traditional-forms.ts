// Build time only (the content check, the review list and tests): which Traditional forms each Simplified
// character takes, read from OpenCC's own dictionaries rather than a hand list.
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';

export type TraditionalForms = ReadonlyMap<string, ReadonlySet<string>>;

const pairs = (dictionary: string) => dictionary.split('|').map((entry) => entry.split(' '));
const firstPairs = (dictionary: string) => new Map(pairs(dictionary).map(([from = '', to = '']) => [from, to]));

let cached: TraditionalForms | undefined;

/**
 * Every Traditional (Taiwan) form of every Simplified character: its character mapping, and each form the
 * character takes inside a phrase of OpenCC's phrase dictionaries (头发 → 頭髮 gives 发 the form 髮 beside 發,
 * 若干 gives 干 the form 干 beside 幹, 借口 → 藉口 gives 借 the form 藉). opencc-js keeps only the first form of
 * a character, so the phrases are where the others show.
 */
export function traditionalForms(): TraditionalForms {
  if (cached) return cached;
  const taiwan = firstPairs(TWVariants);
  const forms = new Map<string, Set<string>>();
  const add = (hans: string, hant: string) => {
    const set = forms.get(hans) ?? new Set<string>();
    set.add(taiwan.get(hant) ?? hant);
    forms.set(hans, set);
  };
  for (const [hans = '', hant = ''] of pairs(STCharacters)) add(hans, hant);
  for (const dictionary of [STPhrases, STPhrasesRegional]) {
    for (const [hans = '', hant = ''] of pairs(dictionary)) {
      const from = [...hans];
      const to = [...hant];
      if (from.length !== to.length) continue;
      from.forEach((char, i) => {
        const form = to[i] ?? '';
        if (forms.has(char) || form !== char) add(char, form);
      });
    }
  }
  cached = forms;
  return forms;
}

/** A Simplified character with more than one Traditional form: converting it is a choice, made by context. */
export const isAmbiguous = (char: string, forms: TraditionalForms = traditionalForms()) => (forms.get(char)?.size ?? 0) > 1;

/**
 * Whether `hant` is a Traditional rendering of `hans` character by character: each character one of its
 * Traditional forms, or itself where OpenCC has no Traditional form for it (厰, 於, Latin letters and digits).
 */
export function isTraditionalRendering(hans: string, hant: string, forms: TraditionalForms = traditionalForms()): boolean {
  const from = [...hans];
  const to = [...hant];
  return from.length === to.length && from.every((char, i) => (forms.get(char) ?? new Set([char])).has(to[i] ?? ''));
}
