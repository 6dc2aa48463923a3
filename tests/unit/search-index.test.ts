import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '@/lib/content/load-site';
import { buildSearchIndex } from '@/lib/search/build-index';
import { foldMapFromPairs } from '@/lib/search/fold';
import { traditionalFoldMap } from '@/lib/search/fold-map';
import { SEARCH_SUGGESTIONS } from '@/lib/search/suggestions';
import { buildView, loadSearch } from '@/lib/search/view';

const site = loadSite(path.join(__dirname, '../../content'));
const index = buildSearchIndex(site, traditionalFoldMap());
const { engine, places, categories } = loadSearch(JSON.parse(JSON.stringify(index)));

describe('buildSearchIndex', () => {
  it('indexes every block with text, under the id the article page gives it', () => {
    const expected = site.articles.flatMap((a) => a.blocks.filter((b) => (b.type === 'figure' ? b.caption : b.text).trim()).map((b) => `${a.slug}#${b.id}`));
    expect(index.blocks.map(([article, id]) => `${index.articles[article]![0]}#${id}`)).toEqual(expected);
  });

  it('points sections at headings of the same report, and places and initiatives at real entries', () => {
    for (const [article, , kind, , section, blockPlaces, initiatives] of index.blocks) {
      if (section >= 0) expect([index.blocks[section]![0], index.blocks[section]![2]]).toEqual([article, 'heading']);
      if (kind === 'heading') expect(section).toBe(-1);
      for (const p of blockPlaces) expect(index.places[p]).toBeDefined();
      for (const i of initiatives) expect(index.initiatives[i]).toBeDefined();
      expect(blockPlaces).toContain(index.articles[article]![3][0]);
    }
  });

  it('carries only the Traditional pairs its own text needs, never the whole dictionary', () => {
    const pairs = foldMapFromPairs(index.fold);
    expect(pairs.size).toBeGreaterThan(100);
    expect(pairs.size).toBeLessThan(traditionalFoldMap().size / 3);
    expect(pairs.get('飛')).toBe('飞');
  });
});

describe('buildView', () => {
  it('links paragraph hits to their anchors and labels them with report and section', () => {
    const view = buildView(engine, '芹菜', {}, { initiatives: 6, blocks: 20 });
    const hit = view.blocks.items[0]!;
    const article = site.articles.find((a) => a.slug === 'xiaoshan-gongfu-shu')!;
    expect(hit.href).toMatch(new RegExp(`^/articles/${article.slug}#p-`));
    expect(hit.report).toBe(article.title);
    const block = article.blocks.find((b) => b.id === hit.href.split('#')[1]);
    const heading = article.blocks.find((b) => b.type === 'heading' && block?.type === 'paragraph' && b.id === block.sectionId);
    expect(hit.section).toBe(heading?.type === 'heading' ? heading.text : null);
    expect(hit.text.filter((s) => s.hit).map((s) => s.text)).toEqual(['芹菜', '芹菜']);
  });

  it('shows the alias or the description that made an initiative match', () => {
    const byAlias = buildView(engine, '医联体', {}, { initiatives: 6, blocks: 0 }).initiatives.items[0]!;
    expect(byAlias.alias?.filter((s) => s.hit).map((s) => s.text)).toEqual(['医联体']);
    const byDetail = buildView(engine, '芹菜', {}, { initiatives: 6, blocks: 0 }).initiatives.items[0]!;
    expect(byDetail.alias).toBeNull();
    expect(byDetail.detail?.some((s) => s.hit && s.text === '芹菜')).toBe(true);
  });

  it('builds only the first page of each kind but counts them all', () => {
    const view = buildView(engine, '共富', {}, { initiatives: 6, blocks: 20 });
    expect(view.initiatives.items).toHaveLength(6);
    expect(view.initiatives.total).toBeGreaterThan(6);
    expect(view.blocks.items).toHaveLength(20);
    expect(view.blocks.total).toBeGreaterThan(20);
    expect(view.blocks.reports).toBe(site.articles.length);
  });

  it('offers filters for places with results and categories with initiatives', () => {
    expect(places.map((p) => p.id)).toEqual(expect.arrayContaining(['zhejiang', 'jiaxing', 'pinghu', 'kangding']));
    expect(categories.map((c) => c.id)).toContain('enclave');
  });

  it('suggests only words that find something', () => {
    for (const word of SEARCH_SUGGESTIONS) expect(buildView(engine, word, {}, { initiatives: 0, blocks: 0 }).blocks.total, word).toBeGreaterThan(0);
  });

  it('refuses a file that is not a search index', () => {
    expect(() => loadSearch({ version: 0 })).toThrow(/搜索索引格式不对/);
    expect(() => loadSearch('<html>')).toThrow();
  });
});
