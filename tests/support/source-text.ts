import * as OpenCC from 'opencc-js';

// Seed 002 carries one pinyin syllable after annotated characters, e.g. 報(bào)道; a tone mark is
// required, so real parenthesised text stays. One annotation follows the Latin I of a garbled spot.
export const PINYIN = /(?<=[\p{Script=Han}I])\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]*[āáǎàēéěèīíǐìōóǒòūúǔù][a-zāáǎàēéěèīíǐìōóǒòūúǔù]*\)/gu;

// The two spots where the annotator shifted GBK bytes by one (seed-notes §002.4), after pinyin removal,
// and the text the bytes decode to once the stray "(shù)" is dropped.
export const GARBLED: readonly [string, string][] = [
  ['?shù)貏趧泳蜆I', '地勞動就業'],
  ['?shù)孛撠氃鍪眨\uE0CD\uE766@得', '地脫貧增收，并獲得'],
];

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Seed 002 as a reader of the Simplified site should find it: annotations out, bytes repaired, converted. */
export function cleanTraditionalSeed(raw: string): string {
  let text = raw.replace(PINYIN, '');
  for (const [garbled, repaired] of GARBLED) text = text.replace(garbled, repaired);
  return toSimplified(text);
}

/** Characters that a phrase-level Traditional→Simplified conversion would change, i.e. Traditional forms. */
export function traditionalCharacters(text: string): string[] {
  const converted = [...toSimplified(text)];
  return [...new Set([...text].filter((ch, i) => converted[i] !== ch))];
}
