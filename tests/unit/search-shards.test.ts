import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/search-queries.json';
import { loadSite } from '@/lib/content/load-site';
import { buildSearchIndex } from '@/lib/search/build-index';
import { createEngine, search, type Filters } from '@/lib/search/engine';
import { traditionalFoldMap } from '@/lib/search/fold-map';
import { buildShards } from '@/lib/search/shards/build-shards';
import { openShards } from '@/lib/search/shards/query-shards';

const site = loadSite(path.join(__dirname, '../../content'));
const index = buildSearchIndex(site, traditionalFoldMap());
const engine = createEngine(index);
const files = buildShards(index);
const fetched: string[] = [];
const fetchJson = async (file: string) => {
  fetched.push(file);
  const text = files.get(file);
  if (text === undefined) throw new Error(`no file ${file}`);
  return JSON.parse(text) as unknown;
};
const queries = (fixture.queries as { query: string }[]).map((q) => q.query);
const usedPlaces = [...new Set(index.blocks.flatMap((b) => b[5]))].map((p) => index.places[p]![0]);
const filterSets: Filters[] = [
  {},
  ...usedPlaces.slice(0, 6).map((place) => ({ place })),
  ...index.categories.map(([category]) => ({ category })),
  { place: 'zhejiang', category: index.categories[0]![0] },
  { place: 'no-such-place' },
];

describe('the chunked search index', () => {
  it('answers every fixture query, with and without filters, exactly as the whole-index engine', async () => {
    const shards = await openShards(fetchJson);
    let compared = 0;
    for (const query of queries) {
      for (const filters of filterSets) {
        expect(await shards.search(query, filters), `${query} ${JSON.stringify(filters)}`).toEqual(search(engine, query, filters));
        compared += 1;
      }
    }
    expect(compared).toBe(queries.length * filterSets.length);
  });

  it('gives each block its text row and its report', async () => {
    const shards = await openShards(fetchJson);
    const all = index.blocks.map((_, i) => i);
    const rows = await shards.blocks(all);
    index.blocks.forEach(([article, id, kind, text, section], i) => {
      expect(rows.get(i)).toEqual([id, kind, text, section]);
      expect(shards.articleOf(i)).toBe(article);
    });
    const articles = await shards.articles(index.articles.map((_, a) => a));
    index.articles.forEach(([slug, title], a) => expect(articles.get(a)?.slice(0, 2)).toEqual([slug, title]));
  });

  it('fetches the manifest once, then only the shards of the query', async () => {
    fetched.length = 0;
    const shards = await openShards(fetchJson);
    await shards.search('飞地 养老');
    expect(fetched[0]).toBe('search/manifest.json');
    expect(fetched.slice(1).every((f) => f.startsWith('search/grams/'))).toBe(true);
    expect(fetched.length).toBeLessThanOrEqual(3);
  });

  it('refuses a manifest of another version', async () => {
    await expect(openShards(async () => ({ version: 99 }))).rejects.toThrow('search/manifest.json');
  });
});
