// Build time only (the index route and tests): opencc-js's data never reaches the browser; the index
// carries the few hundred pairs its own text needs.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { FoldMap } from './fold';

/** opencc-js dictionaries are "from to|from to…"; a character dictionary maps one code point to one. */
function characterPairs(dictionary: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && [...from].length === 1 && [...to].length === 1) map.set(from, to);
  }
  return map;
}

/**
 * Every Traditional character, and every Taiwan or Hong Kong variant of one, to its Simplified form.
 * A variant is first mapped to OpenCC's standard Traditional form, then simplified.
 */
export function traditionalFoldMap(): FoldMap {
  const simplify = characterPairs(TSCharacters);
  const variants = new Map([...characterPairs(HKVariantsRev), ...characterPairs(TWVariantsRev)]);
  const map = new Map(simplify);
  for (const [variant, standard] of variants) {
    const simplified = simplify.get(standard);
    if (simplified && !simplify.has(variant) && variant !== simplified) map.set(variant, simplified);
  }
  return map;
}

/**
 * Only the pairs whose Simplified side occurs in the folded texts: any other Traditional character
 * cannot match anything, folded or not.
 */
export function restrictFoldMap(map: FoldMap, foldedTexts: Iterable<string>): FoldMap {
  const present = new Set<string>();
  for (const text of foldedTexts) for (const char of text) present.add(char);
  return new Map([...map].filter(([, to]) => present.has(to)));
}
