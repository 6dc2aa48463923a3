import type { Article } from './load-site';

/** The report with this slug and its neighbours in site order. */
export function findWithNeighbours(articles: readonly Article[], slug: string) {
  const index = articles.findIndex((a) => a.slug === slug);
  if (index === -1) return undefined;
  return { article: articles[index]!, previous: articles[index - 1], next: articles[index + 1] };
}
