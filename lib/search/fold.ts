/**
 * Folds Chinese text so that what a reader types matches what the reports print: one code point at a
 * time, NFKC (full-width ＡＢＣ１２３ → abc123), lower case, Traditional → Simplified through a
 * character map, and punctuation handled by kind. Quotes, brackets, dashes and symbols vanish, so
 * 消薄“飞地” reads as 消薄飞地; clause punctuation (，。；：！？、…) becomes a break that no query
 * crosses, so 对口，帮扶 is not the phrase 对口帮扶. Index and query go through the same function.
 */

/** A Traditional (or variant) character and its Simplified form, one code point each. */
export type FoldMap = ReadonlyMap<string, string>;

/** Where two clauses meet in folded text; a folded query term never contains it. */
export const BREAK = '\n';

// After NFKC: ，；：！？ are their ASCII forms, … is three points, ｡ and ､ are 。 and 、.
const CLAUSE_MARKS = new Set([',', '.', ';', ':', '!', '?', '。', '、']);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const WHITESPACE = /\s+/u;

export function foldMapFromPairs(pairs: string): FoldMap {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

export function foldMapToPairs(map: FoldMap): string {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => from + to).join('');
}

type Emit = (char: string, from: number, to: number) => void;

/**
 * The core pass: calls `emit` for every folded character with the source range of the code point it
 * came from. Folded breaks are collapsed and never lead or trail.
 */
function foldInto(text: string, map: FoldMap, emit: Emit): void {
  let pendingBreak = false;
  let emitted = false;
  let previous = '';
  const out = (char: string, from: number, to: number) => {
    if (pendingBreak && emitted) emit(BREAK, from, from);
    pendingBreak = false;
    emitted = true;
    previous = char;
    emit(char, from, to);
  };
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const source = text.slice(i, i + width);
    const from = i;
    i += width;
    // Fast path: common Han and ASCII letters and digits are their own NFKC form.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
      out(map.get(source) ?? source, from, i);
      continue;
    }
    if (code >= 0x41 && code <= 0x5a) {
      out(String.fromCharCode(code + 32), from, i);
      continue;
    }
    for (const normal of source.normalize('NFKC').toLowerCase()) {
      if (LETTER_OR_NUMBER.test(normal)) {
        out(map.get(normal) ?? normal, from, i);
      } else if (CLAUSE_MARKS.has(normal)) {
        // A point or comma between digits belongs to the number: 3.5, 1,000.
        const next = text[i];
        const inNumber = (normal === '.' || normal === ',') && /\d/.test(previous) && next !== undefined && /\d/.test(next.normalize('NFKC'));
        if (inNumber && normal === '.') out('.', from, i);
        else if (!inNumber) pendingBreak = true;
      }
    }
  }
}

/** The folded form of a text. */
export function fold(text: string, map: FoldMap): string {
  let folded = '';
  foldInto(text, map, (char) => {
    folded += char;
  });
  return folded;
}

/** The folded text with, for each of its UTF-16 units, the source range it came from. */
export type FoldedWithOffsets = { text: string; from: number[]; to: number[] };

export function foldWithOffsets(text: string, map: FoldMap): FoldedWithOffsets {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  foldInto(text, map, (char, start, end) => {
    folded += char;
    for (let unit = 0; unit < char.length; unit += 1) {
      from.push(start);
      to.push(end);
    }
  });
  return { text: folded, from, to };
}

/**
 * A query as a list of folded terms, all of which must match: split at whitespace and at clause
 * punctuation, duplicates dropped, in the order typed. Input without letters or numbers gives [].
 */
export function queryTerms(query: string, map: FoldMap): string[] {
  const terms = new Set<string>();
  for (const word of query.split(WHITESPACE)) {
    for (const term of fold(word, map).split(BREAK)) if (term) terms.add(term);
  }
  return [...terms];
}
