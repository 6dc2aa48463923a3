import { BREAK, fold, foldMapFromPairs } from '../fold';
import type { SearchIndexData } from '../index-data';
import {
  ARTICLE_CHUNK,
  META_CHUNK,
  SHARD_TARGET,
  SHARDS_VERSION,
  TEXT_CHUNK,
  articlePath,
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

/** Every file of the chunked index, by path under out/, as JSON text. Built from the whole index. */
export function buildShards(index: SearchIndexData): Map<string, string> {
  const map = foldMapFromPairs(index.fold);
  const articleStarts = blockRanges(index);
  const blockGrams = postings(index.blocks.map((row) => fold(row[3], map)));
  const titleGrams = postings(index.articles.map(([, title, kicker]) => `${fold(title, map)}${BREAK}${fold(kicker, map)}`));

  const size = [...blockGrams.values(), ...titleGrams.values()].reduce((sum, list) => sum + JSON.stringify(list).length, 0);
  const shards = Math.max(1, Math.round(size / SHARD_TARGET));
  const files = new Map<string, string>();
  const shardFiles: Shard[] = Array.from({ length: shards }, () => ({ b: {}, t: {} }));
  for (const [gram, list] of blockGrams) shardFiles[shardOf(gram, shards)]!.b[gram] = list;
  for (const [gram, list] of titleGrams) shardFiles[shardOf(gram, shards)]!.t[gram] = list;
  shardFiles.forEach((shard, n) => files.set(shardPath(n), JSON.stringify(shard)));

  const manifest: ShardManifest = {
    version: SHARDS_VERSION,
    fold: index.fold,
    places: index.places,
    categories: index.categories,
    initiatives: index.initiatives,
    shards,
    blocks: index.blocks.length,
    articleStarts,
  };
  files.set(manifestPath(), JSON.stringify(manifest));

  const text: TextRow[] = index.blocks.map(([, id, kind, body, section]) => [id, kind, body, section]);
  const meta: MetaRow[] = index.blocks.map(([, , , , , places, initiatives]) => [places, initiatives]);
  const categories = index.articles.map(() => new Set<number>());
  for (const [article, , , , , , named] of index.blocks) for (const i of named) categories[article]!.add(index.initiatives[i]?.[3] ?? -1);
  const articles: ArticleChunkRow[] = index.articles.map(([slug, title, kicker, places], a) => [
    slug,
    title,
    kicker,
    places,
    [...categories[a]!].sort((x, y) => x - y),
  ]);
  chunks(text, TEXT_CHUNK).forEach((rows, n) => files.set(textPath(n), JSON.stringify(rows)));
  chunks(meta, META_CHUNK).forEach((rows, n) => files.set(metaPath(n), JSON.stringify(rows)));
  chunks(articles, ARTICLE_CHUNK).forEach((rows, n) => files.set(articlePath(n), JSON.stringify(rows)));
  return files;
}

/** The first block of each report; throws if a report's blocks are not consecutive. */
function blockRanges(index: SearchIndexData): number[] {
  const starts: number[] = [];
  index.blocks.forEach(([article], block) => {
    if (article < starts.length - 1 || article >= index.articles.length)
      throw new Error(`search shards: block ${block} (report ${article}) is out of report order`);
    while (starts.length <= article) starts.push(block);
  });
  while (starts.length < index.articles.length) starts.push(index.blocks.length);
  return starts;
}

/** Positional postings of every unigram and bigram of folded texts; grams never cross a break. */
function postings(texts: string[]): Map<string, Postings> {
  const found = new Map<string, { last: number; list: Postings; countAt: number; lastOffset: number }>();
  const add = (gram: string, doc: number, offset: number) => {
    let entry = found.get(gram);
    if (!entry) found.set(gram, (entry = { last: 0, list: [], countAt: -1, lastOffset: 0 }));
    if (entry.countAt < 0 || entry.last !== doc) {
      entry.list.push(doc - entry.last, 0);
      entry.countAt = entry.list.length - 1;
      entry.last = doc;
      entry.lastOffset = 0;
    }
    entry.list[entry.countAt]! += 1;
    entry.list.push(offset - entry.lastOffset);
    entry.lastOffset = offset;
  };
  texts.forEach((text, doc) => {
    for (let i = 0; i < text.length; i += 1) {
      const unit = text[i]!;
      if (unit === BREAK) continue;
      add(unit, doc, i);
      const next = text[i + 1];
      if (next !== undefined && next !== BREAK) add(unit + next, doc, i);
    }
  });
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([gram, { list }]) => [gram, list]));
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < rows.length; at += size) out.push(rows.slice(at, at + size));
  return out;
}
