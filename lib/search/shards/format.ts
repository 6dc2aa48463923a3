import type { BlockKind, CategoryRow, InitiativeRow, PlaceRow } from '../index-data';

/**
 * The chunked search index written under out/search/: a small manifest, positional postings sharded
 * by a hash of each character bigram (or single character), and block text, block metadata and report
 * rows in numbered chunks. A query fetches the manifest once, then only the shards of its own grams,
 * and text only for the results it shows.
 */
export const SHARDS_VERSION = 1;

/** Rows per chunk: text is fetched only for a page of results; metadata for filters; report rows for title hits. */
export const TEXT_CHUNK = 64;
export const META_CHUNK = 4096;
export const ARTICLE_CHUNK = 512;
/** Aim for shards of about this many characters of JSON; the number of shards grows with the corpus. */
export const SHARD_TARGET = 48 * 1024;

export type ShardManifest = {
  version: typeof SHARDS_VERSION;
  fold: string;
  places: PlaceRow[];
  categories: CategoryRow[];
  initiatives: InitiativeRow[];
  shards: number;
  blocks: number;
  /** First block of each report; a report's blocks are consecutive. */
  articleStarts: number[];
};

/**
 * A gram's postings, flattened: for each block (or report) in order, the gap from the previous one,
 * how many times the gram starts there, then those start offsets in the folded text as gaps.
 */
export type Postings = number[];
/** `b`: grams of block text; `t`: grams of report title and kicker. */
export type Shard = { b: Record<string, Postings>; t: Record<string, Postings> };

export type TextRow = [id: string, kind: BlockKind, text: string, section: number];
export type MetaRow = [places: number[], initiatives: number[]];
export type ArticleChunkRow = [slug: string, title: string, kicker: string, places: number[], categories: number[]];

export const manifestPath = () => 'search/manifest.json';
export const shardPath = (n: number) => `search/grams/${n}.json`;
export const textPath = (n: number) => `search/text/${n}.json`;
export const metaPath = (n: number) => `search/meta/${n}.json`;
export const articlePath = (n: number) => `search/articles/${n}.json`;

/** FNV-1a over the UTF-16 units of a gram: the same shard in Node and the browser. */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i += 1) hash = Math.imul(hash ^ gram.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/**
 * The grams whose positions prove a term: bigrams at even offsets and the last one, which together
 * cover every character (a one-character term is its own gram).
 */
export function coverGrams(term: string): { gram: string; offset: number }[] {
  if (term.length === 1) return [{ gram: term, offset: 0 }];
  const cover: { gram: string; offset: number }[] = [];
  for (let at = 0; at + 2 <= term.length; at += 2) cover.push({ gram: term.slice(at, at + 2), offset: at });
  if (term.length % 2 === 1) cover.push({ gram: term.slice(-2), offset: term.length - 2 });
  return cover;
}
