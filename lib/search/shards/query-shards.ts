import { createEngine, placeSubtree, search, type BlockHit, type Filters, type SearchResult } from '../engine';
import { queryTerms } from '../fold';
import { SEARCH_INDEX_VERSION, type SearchIndexData } from '../index-data';
import {
  ARTICLE_CHUNK,
  META_CHUNK,
  SHARDS_VERSION,
  TEXT_CHUNK,
  articlePath,
  coverGrams,
  manifestPath,
  metaPath,
  shardOf,
  shardPath,
  textPath,
  type ArticleChunkRow,
  type MetaRow,
  type Postings,
  type Shard,
  type ShardManifest,
  type TextRow,
} from './format';
import { rank, type Occurrence } from '../rank';

/** Fetches one file of the chunked index by its path (e.g. `search/manifest.json`) and parses its JSON. */
export type FetchJson = (path: string) => Promise<unknown>;

export type ShardSearch = {
  manifest: ShardManifest;
  /** The same result as `search()` of lib/search/engine.ts on the whole index. */
  search: (query: string, filters?: Filters) => Promise<SearchResult>;
  /** Text rows of some blocks (for the page of results shown), by block number. */
  blocks: (indices: number[]) => Promise<Map<number, TextRow>>;
  /** Report rows, by report number. */
  articles: (indices: number[]) => Promise<Map<number, ArticleChunkRow>>;
  /** The report a block belongs to. */
  articleOf: (block: number) => number;
};

/** Loads the manifest; every later file is fetched once, when a query first needs it. */
export async function openShards(fetchJson: FetchJson): Promise<ShardSearch> {
  const fetched = await fetchJson(manifestPath());
  if (!isManifest(fetched)) throw new Error(`搜索索引格式不对: ${manifestPath()} (expected version ${SHARDS_VERSION})`);
  const manifest: ShardManifest = fetched;
  const taxonomy: SearchIndexData = { ...manifest, version: SEARCH_INDEX_VERSION, articles: [], blocks: [] };
  // Over the taxonomy alone, the whole-index engine answers the initiative hits, the terms and the alias expansions.
  const engine = createEngine(taxonomy);
  const cache = new Map<string, Promise<unknown>>();
  const file = (path: string) => {
    let pending = cache.get(path);
    if (!pending) cache.set(path, (pending = fetchJson(path)));
    return pending;
  };
  const shard = async (gram: string): Promise<Shard> => {
    const path = shardPath(shardOf(gram, manifest.shards));
    const value = await file(path);
    if (!isShard(value)) throw new Error(`搜索索引格式不对: ${path}`);
    return value;
  };
  const rows = async <T>(indices: number[], size: number, path: (n: number) => string): Promise<Map<number, T>> => {
    const wanted = [...new Set(indices.map((i) => Math.floor(i / size)))];
    const loaded = await Promise.all(wanted.map((n) => file(path(n))));
    const out = new Map<number, T>();
    for (const i of indices) {
      const chunk = loaded[wanted.indexOf(Math.floor(i / size))];
      if (!Array.isArray(chunk)) throw new Error(`搜索索引格式不对: ${path(Math.floor(i / size))}`);
      out.set(i, chunk[i % size] as T);
    }
    return out;
  };
  const articleOf = (block: number) => upperBound(manifest.articleStarts, block) - 1;

  async function run(query: string, filters: Filters = {}): Promise<SearchResult> {
    const terms = queryTerms(query, engine.map);
    const own = search(engine, query, filters);
    if (terms.length === 0) return own;
    const alternatives = terms.map((t) => engine.expansions.get(t) ?? [t]);
    const grams = [...new Set([...alternatives.flat(), ...terms].flatMap((t) => coverGrams(t).map((c) => c.gram)))];
    const loaded = new Map<string, Shard>();
    await Promise.all(grams.map(async (g) => loaded.set(g, await shard(g))));

    const matches = new Map<number, Occurrence[]>();
    let candidates: Set<number> | null = null;
    for (const [term, options] of alternatives.entries()) {
      const found = new Set<number>();
      for (const option of options) {
        for (const [block, starts] of places(option, (g) => loaded.get(g)!.b[g])) {
          if (candidates && !candidates.has(block)) continue;
          found.add(block);
          const list = matches.get(block) ?? [];
          for (const start of starts) list.push({ start, end: start + option.length, term });
          matches.set(block, list);
        }
      }
      candidates = found;
      if (found.size === 0) break;
    }
    const blocks: BlockHit[] = [...(candidates ?? [])].map((index) => ({ index, ...rank(matches.get(index)!, terms.length) }));
    blocks.sort((a, b) => b.count - a.count || a.span - b.span || a.index - b.index);

    let reports: number[] | null = null;
    for (const term of terms) {
      const found: number[] = [...places(term, (g) => loaded.get(g)!.t[g]).keys()];
      const before: Set<number> = new Set<number>(reports ?? found);
      reports = found.filter((a) => before.has(a));
    }
    reports = (reports ?? []).sort((a, b) => a - b);

    const unfiltered = own.unfiltered + reports.length + blocks.length;
    if (!filters.place && !filters.category) return { terms, initiatives: own.initiatives, reports, blocks, unfiltered };
    const placeSet = filters.place ? placeSubtree(taxonomy, filters.place) : null;
    const category = filters.category ? manifest.categories.findIndex(([id]) => id === filters.category) : -1;
    const inPlace = (list: number[]) => !placeSet || list.some((p) => placeSet.has(p));
    const [meta, reportRows] = await Promise.all([
      rows<MetaRow>(
        blocks.map((h) => h.index),
        META_CHUNK,
        metaPath,
      ),
      rows<ArticleChunkRow>(reports, ARTICLE_CHUNK, articlePath),
    ]);
    return {
      terms,
      initiatives: own.initiatives,
      reports: reports.filter((a) => {
        const [, , , where, categories] = reportRows.get(a)!;
        return inPlace(where) && (!filters.category || categories.includes(category));
      }),
      blocks: blocks.filter(({ index }) => {
        const [where, named] = meta.get(index)!;
        return inPlace(where) && (!filters.category || named.some((i) => manifest.initiatives[i]?.[3] === category));
      }),
      unfiltered,
    };
  }

  return {
    manifest,
    search: run,
    blocks: (indices) => rows<TextRow>(indices, TEXT_CHUNK, textPath),
    articles: (indices) => rows<ArticleChunkRow>(indices, ARTICLE_CHUNK, articlePath),
    articleOf,
  };
}

/** Where a folded term starts in each block (or report) holding it, from the postings of its cover grams. */
function places(term: string, postingsOf: (gram: string) => Postings | undefined): Map<number, number[]> {
  const cover = coverGrams(term);
  let result: Map<number, number[]> | null = null;
  for (const { gram, offset } of cover) {
    const list = postingsOf(gram);
    if (!list) return new Map();
    const next = new Map<number, number[]>();
    for (const [doc, starts] of decode(list)) {
      const known: number[] | undefined = result ? result.get(doc) : undefined;
      if (result && !known) continue;
      const shifted = starts.map((s) => s - offset);
      next.set(doc, known ? known.filter((s) => shifted.includes(s)) : shifted.filter((s) => s >= 0));
    }
    result = new Map([...next].filter(([, starts]) => starts.length > 0));
    if (result.size === 0) return result;
  }
  return result ?? new Map();
}

function* decode(list: Postings): Generator<[number, number[]]> {
  let doc = 0;
  for (let at = 0; at < list.length;) {
    doc += list[at]!;
    const count = list[at + 1]!;
    const starts: number[] = [];
    let offset = 0;
    for (let k = 0; k < count; k += 1) starts.push((offset += list[at + 2 + k]!));
    yield [doc, starts];
    at += 2 + count;
  }
}

/** The first position in a sorted list whose value is above `value`. */
function upperBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function isManifest(value: unknown): value is ShardManifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, 'version') === SHARDS_VERSION &&
    typeof Reflect.get(value, 'fold') === 'string' &&
    typeof Reflect.get(value, 'shards') === 'number' &&
    ['places', 'categories', 'initiatives', 'articleStarts'].every((key) => Array.isArray(Reflect.get(value, key)))
  );
}

function isShard(value: unknown): value is Shard {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'b') === 'object' && typeof Reflect.get(value, 't') === 'object';
}
