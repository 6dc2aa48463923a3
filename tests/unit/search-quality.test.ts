import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fixture from '../fixtures/search-queries.json';
import { loadSite } from '@/lib/content/load-site';
import { buildSearchIndex } from '@/lib/search/build-index';
import { createEngine, search } from '@/lib/search/engine';
import { traditionalFoldMap } from '@/lib/search/fold-map';

type Judged = { include: string[]; exclude: string[] };
type Query = { query: string; why: string; nothing?: boolean; reports?: Judged; initiatives?: Judged };

const site = loadSite(path.join(__dirname, '../../content'));
const index = buildSearchIndex(site, traditionalFoldMap());
const engine = createEngine(index);
const queries = fixture.queries as Query[];
const tally = { returnedRelevant: 0, returnedJudged: 0, relevant: 0 };

function returned(query: string) {
  const result = search(engine, query);
  const reports = new Set([...result.reports, ...result.blocks.map((h) => index.blocks[h.index]![0])].map((a) => index.articles[a]![0]));
  const initiatives = new Set(result.initiatives.map((h) => index.initiatives[h.index]![0]));
  return { reports, initiatives, total: result.initiatives.length + result.reports.length + result.blocks.length };
}

function judge(found: Set<string>, judged: Judged | undefined) {
  if (!judged) return;
  tally.relevant += judged.include.length;
  tally.returnedRelevant += judged.include.filter((id) => found.has(id)).length;
  tally.returnedJudged += [...judged.include, ...judged.exclude].filter((id) => found.has(id)).length;
  expect(
    [...judged.include].filter((id) => !found.has(id)),
    'must be returned',
  ).toEqual([]);
  expect(
    [...judged.exclude].filter((id) => found.has(id)),
    'must not be returned',
  ).toEqual([]);
}

describe('search quality on the six reports (tests/fixtures/search-queries.json)', () => {
  it('has at least 40 queries, each naming only real reports and initiatives', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const slugs = new Set(site.articles.map((a) => a.slug));
    const ids = new Set(site.initiatives.map((i) => i.id));
    for (const q of queries) {
      for (const slug of [...(q.reports?.include ?? []), ...(q.reports?.exclude ?? [])]) expect(slugs, q.query).toContain(slug);
      for (const id of [...(q.initiatives?.include ?? []), ...(q.initiatives?.exclude ?? [])]) expect(ids, q.query).toContain(id);
      expect(q.nothing === true || q.reports !== undefined, `${q.query} judges something`).toBe(true);
    }
  });

  for (const q of queries) {
    it(`${q.query} — ${q.why}`, () => {
      const found = returned(q.query);
      if (q.nothing) {
        expect(found.total).toBe(0);
        return;
      }
      judge(found.reports, q.reports);
      judge(found.initiatives, q.initiatives);
    });
  }

  afterAll(() => {
    const precision = tally.returnedRelevant / tally.returnedJudged;
    const recall = tally.returnedRelevant / tally.relevant;
    console.log(
      `search quality over ${queries.length} queries: precision ${(precision * 100).toFixed(1)}% (${tally.returnedRelevant}/${tally.returnedJudged} judged results returned were wanted), ` +
        `recall ${(recall * 100).toFixed(1)}% (${tally.returnedRelevant}/${tally.relevant} wanted results returned)`,
    );
  });
});
