/**
 * The search index as written to /search-index.json at build time: the text of every block with what
 * the filters need, and the Traditional→Simplified pairs for its characters. Rows are tuples to keep
 * the file small; the labels say what each position holds. References are indices into the lists.
 */

export const SEARCH_INDEX_VERSION = 1;

export type BlockKind = 'paragraph' | 'heading' | 'figure' | 'voice';

export type PlaceRow = [id: string, name: string, parent: number, aliases: string[]];
export type CategoryRow = [id: string, name: string];
export type InitiativeRow = [id: string, name: string, aliases: string[], category: number, places: number[], description: string];
export type ArticleRow = [slug: string, title: string, kicker: string, places: number[]];
/**
 * One searchable block of a report. `section` is the index of the heading block it sits under (-1
 * before the first heading); `places` are the places it names plus its report's home place;
 * `initiatives` are the initiatives it names.
 */
export type BlockRow = [article: number, id: string, kind: BlockKind, text: string, section: number, places: number[], initiatives: number[]];

export type SearchIndexData = {
  version: typeof SEARCH_INDEX_VERSION;
  /** Pairs of code points, Traditional then Simplified (see fold.ts). */
  fold: string;
  places: PlaceRow[];
  categories: CategoryRow[];
  initiatives: InitiativeRow[];
  articles: ArticleRow[];
  blocks: BlockRow[];
};
