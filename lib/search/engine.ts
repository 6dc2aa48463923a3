import { BREAK, fold, foldMapFromPairs, foldWithOffsets, queryTerms, type FoldMap } from './fold';
import type { SearchIndexData } from './index-data';
import { distinctOccurrences, rank, type Occurrence } from './rank';

/**
 * Substring-true search over folded text. Each term finds its candidate blocks through a character
 * bigram index (unigrams for one-character terms), and every candidate is confirmed by a real
 * substring test, so 对口帮扶 never matches a block that has 对口 and 帮扶 apart.
 */
export type SearchEngine = {
  data: SearchIndexData;
  map: FoldMap;
  /** Folded text of each block. */
  blocks: string[];
  /** A small number for each UTF-16 unit the blocks use (-1 for the others), so bigram keys stay small integers. */
  ids: Int32Array;
  /** Sorted block numbers for each unit (by id) and each bigram (first id × 65536 + second id). */
  units: number[][];
  grams: Map<number, number[]>;
  initiatives: { name: string; aliases: string[]; other: string[] }[];
  articles: string[];
  /** Categories named by the blocks of each report, for the category filter on report hits. */
  articleCategories: Set<number>[];
  /** A term spelled exactly as an initiative's name also finds the blocks that name it by an alias. */
  expansions: Map<string, string[]>;
};

export type Filters = { place?: string; category?: string };

/** Tiers of an initiative hit, best first. */
export const INITIATIVE_TIERS = ['name', 'alias', 'in-name', 'in-alias', 'in-details'] as const;
export type InitiativeHit = { index: number; tier: (typeof INITIATIVE_TIERS)[number] };
export type BlockHit = { index: number; count: number; span: number };

export type SearchResult = {
  terms: string[];
  initiatives: InitiativeHit[];
  reports: number[];
  blocks: BlockHit[];
  /** Hits of all three kinds before the filters, so an empty filtered result can say what it hides. */
  unfiltered: number;
};

export type Segment = { text: string; hit: boolean };

const BREAK_CODE = BREAK.charCodeAt(0);

export function createEngine(data: SearchIndexData): SearchEngine {
  const map = foldMapFromPairs(data.fold);
  const blocks = data.blocks.map((row) => fold(row[3], map));
  const ids = new Int32Array(0x10000).fill(-1);
  const units: number[][] = [];
  const grams = new Map<number, number[]>();
  blocks.forEach((text, block) => {
    let before = -1;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit === BREAK_CODE) {
        before = -1;
        continue;
      }
      let id = ids[unit]!;
      if (id < 0) {
        id = ids[unit] = units.length;
        units.push([]);
      }
      const list = units[id]!;
      if (list[list.length - 1] !== block) list.push(block);
      if (before >= 0) {
        const key = before * 0x10000 + id;
        const postings = grams.get(key);
        if (!postings) grams.set(key, [block]);
        else if (postings[postings.length - 1] !== block) postings.push(block);
      }
      before = id;
    }
  });

  const placeNames = data.places.map(([, name, , aliases]) => [name, ...aliases].map((t) => fold(t, map)));
  const initiatives = data.initiatives.map(([, name, aliases, category, places, description]) => ({
    name: fold(name, map),
    aliases: aliases.map((a) => fold(a, map)),
    other: [fold(description, map), fold(data.categories[category]?.[1] ?? '', map), ...places.flatMap((p) => placeNames[p] ?? [])],
  }));
  const expansions = new Map<string, string[]>();
  for (const x of initiatives) if (x.aliases.length > 0) expansions.set(x.name, [x.name, ...x.aliases]);

  const articleCategories = data.articles.map(() => new Set<number>());
  for (const [article, , , , , , named] of data.blocks) {
    for (const i of named) articleCategories[article]?.add(data.initiatives[i]?.[3] ?? -1);
  }
  return {
    data,
    map,
    blocks,
    ids,
    units,
    grams,
    initiatives,
    articles: data.articles.map(([, title, kicker]) => `${fold(title, map)}${BREAK}${fold(kicker, map)}`),
    articleCategories,
    expansions,
  };
}

export function search(engine: SearchEngine, query: string, filters: Filters = {}): SearchResult {
  const terms = queryTerms(query, engine.map);
  if (terms.length === 0) return { terms, initiatives: [], reports: [], blocks: [], unfiltered: 0 };
  const allows = filterTests(engine, filters);

  const joined = terms.join('');
  const initiatives: InitiativeHit[] = [];
  engine.initiatives.forEach((x, index) => {
    const tier = initiativeTier(x, terms, joined);
    if (tier !== null) initiatives.push({ index, tier });
  });
  initiatives.sort(
    (a, b) =>
      INITIATIVE_TIERS.indexOf(a.tier) - INITIATIVE_TIERS.indexOf(b.tier) ||
      engine.initiatives[a.index]!.name.length - engine.initiatives[b.index]!.name.length ||
      a.index - b.index,
  );

  const reports: number[] = [];
  engine.articles.forEach((text, index) => {
    if (terms.every((t) => text.includes(t))) reports.push(index);
  });

  const alternatives = terms.map((t) => engine.expansions.get(t) ?? [t]);
  const blocks = matchingBlocks(engine, alternatives).map((index) => ({ index, ...score(engine.blocks[index]!, alternatives) }));
  blocks.sort((a, b) => b.count - a.count || a.span - b.span || a.index - b.index);

  return {
    terms,
    initiatives: initiatives.filter((h) => allows.initiative(h.index)),
    reports: reports.filter(allows.report),
    blocks: blocks.filter((h) => allows.block(h.index)),
    unfiltered: initiatives.length + reports.length + blocks.length,
  };
}

function initiativeTier(x: SearchEngine['initiatives'][number], terms: string[], joined: string): InitiativeHit['tier'] | null {
  if (joined === x.name) return 'name';
  if (x.aliases.includes(joined)) return 'alias';
  if (terms.every((t) => x.name.includes(t))) return 'in-name';
  if (terms.every((t) => x.name.includes(t) || x.aliases.some((a) => a.includes(t)))) return 'in-alias';
  if (terms.every((t) => x.name.includes(t) || x.aliases.some((a) => a.includes(t)) || x.other.some((o) => o.includes(t)))) return 'in-details';
  return null;
}

/** Blocks containing, for every term, at least one of its alternatives; rarest term first. */
function matchingBlocks(engine: SearchEngine, alternatives: string[][]): number[] {
  const perTerm: number[][] = [];
  for (const options of alternatives) {
    const found = union(options.map((o) => termBlocks(engine, o)));
    if (found.length === 0) return [];
    perTerm.push(found);
  }
  perTerm.sort((a, b) => a.length - b.length);
  let result = perTerm[0]!;
  for (const list of perTerm.slice(1)) {
    result = intersect(result, list);
    if (result.length === 0) break;
  }
  return result;
}

function termBlocks(engine: SearchEngine, term: string): number[] {
  const ids: number[] = [];
  for (let i = 0; i < term.length; i += 1) ids.push(engine.ids[term.charCodeAt(i)]!);
  if (ids.some((id) => id < 0)) return [];
  if (ids.length === 1) return engine.units[ids[0]!]!;
  const lists: number[][] = [];
  const seen = new Set<number>();
  for (let i = 0; i + 1 < ids.length; i += 1) {
    const key = ids[i]! * 0x10000 + ids[i + 1]!;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = engine.grams.get(key);
    if (!list) return [];
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  let candidates = lists[0]!;
  for (const list of lists.slice(1)) {
    candidates = intersect(candidates, list);
    if (candidates.length === 0) return [];
  }
  return term.length === 2 ? candidates : candidates.filter((b) => engine.blocks[b]!.includes(term));
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      out.push(a[i]!);
      i += 1;
      j += 1;
    }
  }
  return out;
}

function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Every place each term's alternatives occur. */
function allOccurrences(text: string, alternatives: string[][]): Occurrence[] {
  const found: Occurrence[] = [];
  alternatives.forEach((options, term) => {
    for (const option of options) {
      for (let at = text.indexOf(option); at !== -1; at = text.indexOf(option, at + 1)) found.push({ start: at, end: at + option.length, term });
    }
  });
  return found;
}

/** Where each term occurs; an alternative inside a longer one of the same term counts once. */
function occurrences(text: string, alternatives: string[][]): Occurrence[] {
  return distinctOccurrences(allOccurrences(text, alternatives), alternatives.length);
}

/** How many matches, and the shortest stretch of folded text that holds every term. */
function score(text: string, alternatives: string[][]): { count: number; span: number } {
  const { count, span } = rank(allOccurrences(text, alternatives), alternatives.length);
  return { count, span: Number.isFinite(span) ? span : text.length };
}

function filterTests(engine: SearchEngine, { place, category }: Filters) {
  const { data } = engine;
  const placeSet = place ? placeSubtree(data, place) : null;
  const categoryIndex = category ? data.categories.findIndex(([id]) => id === category) : -1;
  const inPlace = (places: number[]) => !placeSet || places.some((p) => placeSet.has(p));
  const inCategory = (named: number[]) => !category || named.some((i) => data.initiatives[i]?.[3] === categoryIndex);
  return {
    initiative: (i: number) => {
      const row = data.initiatives[i]!;
      return inPlace(row[4]) && (!category || row[3] === categoryIndex);
    },
    report: (a: number) => inPlace(data.articles[a]![3]) && (!category || engine.articleCategories[a]!.has(categoryIndex)),
    block: (b: number) => {
      const row = data.blocks[b]!;
      return inPlace(row[5]) && inCategory(row[6]);
    },
  };
}

/** A place and everything below it, as indices; empty for an unknown id. */
export function placeSubtree(data: SearchIndexData, id: string): Set<number> {
  const root = data.places.findIndex(([placeId]) => placeId === id);
  const found = new Set<number>(root >= 0 ? [root] : []);
  for (let grew = found.size > 0; grew;) {
    grew = false;
    data.places.forEach(([, , parent], i) => {
      if (found.has(parent) && !found.has(i)) {
        found.add(i);
        grew = true;
      }
    });
  }
  return found;
}

/** Places that some block or initiative names, with their ancestors, in tree order with depth. */
export function placeOptions(data: SearchIndexData): { id: string; name: string; depth: number }[] {
  const used = new Set<number>();
  const mark = (p: number) => {
    for (let at = p; at >= 0 && !used.has(at); at = data.places[at]?.[2] ?? -1) used.add(at);
  };
  for (const row of data.blocks) row[5].forEach(mark);
  for (const row of data.initiatives) row[4].forEach(mark);
  const options: { id: string; name: string; depth: number }[] = [];
  const visit = (parent: number, depth: number) =>
    data.places.forEach(([id, name, p], i) => {
      if (p === parent && used.has(i)) {
        options.push({ id, name, depth });
        visit(i, depth + 1);
      }
    });
  visit(-1, 0);
  return options;
}

/** A text cut into plain and matched segments, for rendering as elements (never as HTML). */
export function highlight(engine: SearchEngine, text: string, terms: string[]): Segment[] {
  return segments(text, matchRanges(engine, text, terms), 0, text.length);
}

/** A window of about `size` characters of a block around its densest matches, matches marked. */
export function snippet(engine: SearchEngine, block: number, terms: string[], size = 96): Segment[] {
  const text = engine.data.blocks[block]![3];
  const ranges = matchRanges(engine, text, terms);
  if (text.length <= size || ranges.length === 0) return segments(text, ranges, 0, Math.min(text.length, size));
  let best = ranges[0]!;
  let bestCount = 0;
  for (const r of ranges) {
    const count = ranges.filter((o) => o[0] >= r[0] && o[1] <= r[0] + size).length;
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  let start = Math.max(0, Math.min(best[0] - Math.floor(size / 4), text.length - size));
  if (isLowSurrogate(text, start)) start -= 1;
  let end = Math.min(text.length, start + size);
  // Never cut a match in two: finish one the window ends inside.
  const straddling = ranges.find(([from, to]) => from < end && to > end);
  if (straddling) end = straddling[1];
  if (isLowSurrogate(text, end)) end += 1;
  return segments(text, ranges, start, end);
}

function isLowSurrogate(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Source ranges of every term (and its alias expansions) in a text, merged, in order. */
function matchRanges(engine: SearchEngine, text: string, terms: string[]): [number, number][] {
  const folded = foldWithOffsets(text, engine.map);
  const alternatives = terms.map((t) => engine.expansions.get(t) ?? [t]);
  const merged: [number, number][] = [];
  for (const o of occurrences(folded.text, alternatives)) {
    const start = folded.from[o.start]!;
    const end = folded.to[o.end - 1]!;
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function segments(text: string, ranges: [number, number][], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to > from) out.push({ text: text.slice(from, to), hit });
  };
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    push(at, Math.max(at, from), false);
    push(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  push(at, end, false);
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (end < text.length) out.push({ text: '…', hit: false });
  return out;
}
