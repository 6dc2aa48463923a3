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
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => from + to)
    .join('');
}

/** The map as code points, for the hot loop: a table for the Basic Multilingual Plane, a map beyond it. */
type FoldTable = { bmp: Uint16Array; astral: Map<number, number> };
const tables = new WeakMap<FoldMap, FoldTable>();

function tableFor(map: FoldMap): FoldTable {
  let table = tables.get(map);
  if (!table) {
    table = { bmp: new Uint16Array(0x10000), astral: new Map() };
    for (const [from, to] of map) {
      const source = from.codePointAt(0)!;
      const target = to.codePointAt(0)!;
      if (source <= 0xffff && target <= 0xffff) table.bmp[source] = target;
      else table.astral.set(source, target);
    }
    tables.set(map, table);
  }
  return table;
}

/** Receives folded UTF-16 units, each with the source range of the code point it came from. */
type Sink = { units: number[]; from?: number[]; to?: number[] };

const BREAK_UNIT = BREAK.charCodeAt(0);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The core pass, one code point at a time. Folded breaks are collapsed and never lead or trail. */
function foldInto(text: string, map: FoldMap, sink: Sink): void {
  const { bmp, astral } = tableFor(map);
  const { units, from: starts, to: ends } = sink;
  let pendingBreak = false;
  let previous = -1;
  const out = (code: number, from: number, to: number) => {
    if (pendingBreak && units.length > 0) {
      units.push(BREAK_UNIT);
      starts?.push(from);
      ends?.push(from);
    }
    pendingBreak = false;
    previous = code;
    const folded = code <= 0xffff ? bmp[code] || code : (astral.get(code) ?? code);
    if (folded <= 0xffff) units.push(folded);
    else units.push(0xd800 + ((folded - 0x10000) >> 10), 0xdc00 + ((folded - 0x10000) & 0x3ff));
    for (let unit = folded > 0xffff ? 2 : 1; unit > 0; unit -= 1) {
      starts?.push(from);
      ends?.push(to);
    }
  };
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const from = i;
    i += code > 0xffff ? 2 : 1;
    // Fast path: common Han and ASCII letters and digits are their own NFKC form.
    if ((code >= 0x4e00 && code <= 0x9fff) || isDigit(code) || (code >= 0x61 && code <= 0x7a)) {
      out(code, from, i);
    } else if (code >= 0x41 && code <= 0x5a) {
      out(code + 32, from, i);
    } else {
      for (const normal of String.fromCodePoint(code).normalize('NFKC').toLowerCase()) {
        if (LETTER_OR_NUMBER.test(normal)) {
          out(normal.codePointAt(0)!, from, i);
        } else if (CLAUSE_MARKS.has(normal)) {
          // A point or comma between digits belongs to the number: 3.5, 1,000.
          const next = text[i]?.normalize('NFKC').charCodeAt(0) ?? -1;
          const inNumber = (normal === '.' || normal === ',') && isDigit(previous) && isDigit(next);
          if (inNumber && normal === '.') out(0x2e, from, i);
          else if (!inNumber) pendingBreak = true;
        }
      }
    }
  }
}

function unitsToString(units: number[]): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

/** The folded form of a text. */
export function fold(text: string, map: FoldMap): string {
  const units: number[] = [];
  foldInto(text, map, { units });
  return unitsToString(units);
}

/** The folded text with, for each of its UTF-16 units, the source range it came from. */
export type FoldedWithOffsets = { text: string; from: number[]; to: number[] };

export function foldWithOffsets(text: string, map: FoldMap): FoldedWithOffsets {
  const sink: Required<Sink> = { units: [], from: [], to: [] };
  foldInto(text, map, sink);
  return { text: unitsToString(sink.units), from: sink.from, to: sink.to };
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
