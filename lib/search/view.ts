import { articleHref, initiativeHref } from '../i18n/routes';
import { createEngine, highlight, placeOptions, search, snippet, type Filters, type SearchEngine, type Segment } from './engine';
import { SEARCH_INDEX_VERSION, type BlockKind, type SearchIndexData } from './index-data';

/** What the results page needs from a loaded index: the engine and the filter choices. */
export type LoadedSearch = {
  engine: SearchEngine;
  places: { id: string; name: string; depth: number }[];
  categories: { id: string; name: string }[];
};

/** The parsed /search-index.json; throws if it is not an index this code can read. */
export function loadSearch(data: unknown): LoadedSearch {
  if (!isSearchIndex(data)) throw new Error(`搜索索引格式不对 (expected version ${SEARCH_INDEX_VERSION})`);
  const used = new Set(data.initiatives.map((row) => row[3]));
  return {
    engine: createEngine(data),
    places: placeOptions(data),
    categories: data.categories.filter((_, i) => used.has(i)).map(([id, name]) => ({ id, name })),
  };
}

function isSearchIndex(value: unknown): value is SearchIndexData {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, 'version') === SEARCH_INDEX_VERSION &&
    typeof Reflect.get(value, 'fold') === 'string' &&
    ['places', 'categories', 'initiatives', 'articles', 'blocks'].every((key) => Array.isArray(Reflect.get(value, key)))
  );
}

/**
 * `alias` is shown when the initiative matched through an alias and not through its name; `detail`
 * (its description) when the words are in neither, so the reader sees why it is there.
 */
export type InitiativeView = {
  id: string;
  href: string;
  name: Segment[];
  alias: Segment[] | null;
  detail: Segment[] | null;
  category: string;
  places: string[];
};
export type ReportView = { slug: string; href: string; title: Segment[]; kicker: Segment[] };
export type BlockView = { key: string; href: string; report: string; section: string | null; kind: BlockKind; text: Segment[] };

export type ResultView = {
  /** The folded words searched for; empty when the query has no letters or numbers. */
  terms: string[];
  initiatives: { total: number; items: InitiativeView[] };
  reports: ReportView[];
  blocks: { total: number; reports: number; items: BlockView[] };
  /** Results before the filters. */
  unfiltered: number;
};

/** The results of a query, with highlighted text for the first `limits` of each kind only. */
export function buildView(engine: SearchEngine, query: string, filters: Filters, limits: { initiatives: number; blocks: number }): ResultView {
  const { data } = engine;
  const result = search(engine, query, filters);
  const mark = (text: string) => highlight(engine, text, result.terms);
  return {
    terms: result.terms,
    initiatives: {
      total: result.initiatives.length,
      items: result.initiatives.slice(0, limits.initiatives).map(({ index, tier }) => {
        const [id, name, aliases, category, places, description] = data.initiatives[index]!;
        const alias = aliasShown(engine, name, aliases, result.terms);
        const detail = tier === 'in-details' ? mark(description) : null;
        return {
          id,
          href: initiativeHref(id),
          name: mark(name),
          alias: alias ? mark(alias) : null,
          detail: detail?.some((s) => s.hit) ? detail : null,
          category: data.categories[category]?.[1] ?? '',
          places: places.map((p) => data.places[p]?.[1] ?? '').filter(Boolean),
        };
      }),
    },
    reports: result.reports.map((index) => {
      const [slug, title, kicker] = data.articles[index]!;
      return { slug, href: articleHref(slug), title: mark(title), kicker: kicker ? mark(kicker) : [] };
    }),
    blocks: {
      total: result.blocks.length,
      reports: new Set(result.blocks.map(({ index }) => data.blocks[index]![0])).size,
      items: result.blocks.slice(0, limits.blocks).map(({ index }) => {
        const [article, id, kind, , section] = data.blocks[index]!;
        const [slug, title] = data.articles[article]!;
        return {
          key: `${slug}#${id}`,
          href: articleHref(slug, id),
          report: title,
          section: section >= 0 ? (data.blocks[section]?.[3] ?? null) : null,
          kind,
          text: snippet(engine, index, result.terms),
        };
      }),
    },
    unfiltered: result.unfiltered,
  };
}

/** When an initiative matched through an alias and not its name, the alias is worth showing. */
function aliasShown(engine: SearchEngine, name: string, aliases: string[], terms: string[]): string | null {
  if (highlight(engine, name, terms).some((s) => s.hit)) return null;
  return aliases.find((alias) => highlight(engine, alias, terms).some((s) => s.hit)) ?? null;
}
