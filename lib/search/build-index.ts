import type { Site } from '../content/load-site';
import { findMentions } from '../taxonomy/mentions';
import { CATEGORY_IDS, CATEGORY_NAMES } from '../taxonomy/schema';
import { fold, foldMapToPairs, type FoldMap } from './fold';
import { restrictFoldMap } from './fold-map';
import { SEARCH_INDEX_VERSION, type BlockRow, type SearchIndexData } from './index-data';

type IndexSource = Pick<Site, 'articles' | 'initiatives' | 'places' | 'matcher'>;

/** The search index, from the same loaded site as the pages; `foldMap` is the full Traditional map. */
export function buildSearchIndex(site: IndexSource, foldMap: FoldMap): SearchIndexData {
  const placeIndex = new Map(site.places.map((p, i) => [p.id, i]));
  const initiativeIndex = new Map(site.initiatives.map((x, i) => [x.id, i]));
  const placeAt = (id: string) => placeIndex.get(id) ?? -1;

  const blocks: BlockRow[] = [];
  site.articles.forEach((article, articleIndex) => {
    const home = article.regions[0];
    let section = -1;
    for (const block of article.blocks) {
      const text = block.type === 'figure' ? block.caption : block.text;
      if (!text.trim()) continue;
      const mentions = block.type === 'heading' ? findMentions(text, site.matcher) : article.mentions.filter((m) => m.blockId === block.id);
      const places = unique([...mentions.filter((m) => m.kind === 'place').map((m) => placeAt(m.id)), ...(home ? [placeAt(home)] : [])]);
      const initiatives = unique(mentions.filter((m) => m.kind === 'initiative').map((m) => initiativeIndex.get(m.id) ?? -1));
      if (block.type === 'heading') section = blocks.length;
      blocks.push([articleIndex, block.id, block.type, text, block.type === 'heading' ? -1 : section, places, initiatives]);
    }
  });

  const index: SearchIndexData = {
    version: SEARCH_INDEX_VERSION,
    fold: '',
    places: site.places.map((p) => [p.id, p.name, p.parent === null ? -1 : placeAt(p.parent), p.aliases]),
    categories: CATEGORY_IDS.map((id) => [id, CATEGORY_NAMES[id]]),
    initiatives: site.initiatives.map((x) => [x.id, x.name, x.aliases, CATEGORY_IDS.indexOf(x.category), x.places.map(placeAt), x.description]),
    articles: site.articles.map((a) => [a.slug, a.title, a.kicker ?? '', a.regions.map(placeAt)]),
    blocks,
  };
  return {
    ...index,
    fold: foldMapToPairs(
      restrictFoldMap(
        foldMap,
        indexedTexts(index).map((t) => fold(t, foldMap)),
      ),
    ),
  };
}

/** Every text the index makes searchable (also what the benchmark compares the index size with). */
function indexedTexts(index: SearchIndexData): string[] {
  return [
    ...index.blocks.map((b) => b[3]),
    ...index.articles.flatMap((a) => [a[1], a[2]]),
    ...index.initiatives.flatMap((x) => [x[1], ...x[2], x[5]]),
    ...index.categories.map((c) => c[1]),
    ...index.places.flatMap((p) => [p[1], ...p[3]]),
  ];
}

function unique(indices: number[]): number[] {
  return [...new Set(indices.filter((i) => i >= 0))];
}
