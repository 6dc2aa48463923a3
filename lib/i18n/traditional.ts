import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';

/** A protected term and its reviewed Traditional form (content/traditional-dictionary.yaml). */
export type TermForm = { hans: string; hant: string };

/**
 * One unit of conversion: a protected term (the dictionary's form), a phrase of OpenCC's phrase dictionary
 * (converted as a whole, so its characters take the phrase's forms), or a run of text no phrase starts in
 * (converted character by character).
 */
export type Unit = { hans: string; hant: string; by: 'term' | 'phrase' | 'plain' };

export type TraditionalConverter = { convert: (text: string) => string; units: (text: string) => Unit[] };

/**
 * Source files the Traditional build must not convert (scripts/traditional-loader.cjs). Each holds text that is
 * right as written in either script, such as the script switch's labels (简体 reads 简体 on a Traditional page).
 */
export const UNCONVERTED_MODULES = ['lib/i18n/script-labels.ts'] as const;

// OpenCC's Simplified (mainland) → Traditional (Taiwan standard), phrase by phrase; the phrase dictionary
// is the one OpenCC's s2tw configuration segments with.
const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
let phrases: OpenCC.Trie | undefined;

const codePointLength = (text: string, at: number) => ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);

/**
 * The one Traditional converter of the site, for content and UI strings alike. Protected terms are found
 * first, leftmost and longest, and written in their reviewed form; the text between them goes through OpenCC,
 * which then cannot join a term's characters to its neighbours (旺苍发展 is 旺蒼 + 發展, never 旺 + 蒼髮 + 展).
 */
export function traditionalConverter(terms: readonly TermForm[]): TraditionalConverter {
  const protectedTerms = new OpenCC.Trie();
  for (const { hans, hant } of terms) protectedTerms.addWord(hans, hant);
  if (!phrases) {
    phrases = new OpenCC.Trie();
    phrases.loadDictGroup([STPhrases, STPhrasesRegional]);
  }
  const phraseTrie = phrases;

  function between(text: string, out: Unit[]) {
    let plain = '';
    const flush = () => {
      if (plain) out.push({ hans: plain, hant: opencc(plain), by: 'plain' });
      plain = '';
    };
    for (let i = 0; i < text.length;) {
      const phrase = phraseTrie.matchPrefix(text, i);
      if (phrase) {
        flush();
        const hans = text.slice(i, phrase.end);
        out.push({ hans, hant: opencc(hans), by: 'phrase' });
        i = phrase.end;
      } else {
        const length = codePointLength(text, i);
        plain += text.slice(i, i + length);
        i += length;
      }
    }
    flush();
  }

  function units(text: string): Unit[] {
    const out: Unit[] = [];
    let from = 0;
    for (let i = 0; i < text.length;) {
      const term = protectedTerms.matchPrefix(text, i);
      if (!term) {
        i += codePointLength(text, i);
        continue;
      }
      between(text.slice(from, i), out);
      out.push({ hans: text.slice(i, term.end), hant: term.value, by: 'term' });
      i = from = term.end;
    }
    between(text.slice(from), out);
    return out;
  }

  return {
    units,
    convert: (text) =>
      units(text)
        .map((unit) => unit.hant)
        .join(''),
  };
}
