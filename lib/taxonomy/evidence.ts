import { blockText, type Block } from '../content/article-blocks';
import { lettersOnly } from './letters';
import type { Evidence } from './schema';

export type Located = { article: string; blockId: string; text: string };

type Searchable = { slug: string; blocks: readonly Block[] };

/** The paragraph (or caption) of the named report that contains the quote, compared on letters and digits. */
export function locateQuote(articles: readonly Searchable[], evidence: Evidence): Located | string {
  const article = articles.find((a) => a.slug === evidence.article);
  if (!article) return `未知报道 “${evidence.article}”`;
  const quote = lettersOnly(evidence.quote);
  for (const block of article.blocks) {
    const text = blockText(block);
    if (text && lettersOnly(text).includes(quote)) return { article: article.slug, blockId: block.id, text };
  }
  return `在 ${evidence.article} 中找不到引文 “${evidence.quote}”`;
}
