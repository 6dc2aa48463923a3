import { blockText } from '../content/article-blocks';
import type { Article, BlockMention, Site } from '../content/load-site';
import type { TermKind } from './mentions';

export type MentionHit = { article: Article; mention: BlockMention; text: string };

/** Every paragraph or caption that names one of these ids, in site order. */
export function mentionsOf(articles: readonly Article[], kind: TermKind, ids: ReadonlySet<string>): MentionHit[] {
  return articles.flatMap((article) =>
    article.mentions
      .filter((m) => m.kind === kind && ids.has(m.id))
      .map((mention) => {
        const block = article.blocks.find((b) => b.id === mention.blockId);
        const text = block ? blockText(block) : '';
        return { article, mention, text };
      }),
  );
}

/** Reports that name any of the ids (or list a place in their frontmatter), in site order. */
export function articlesAbout(articles: readonly Article[], kind: TermKind, ids: ReadonlySet<string>): Article[] {
  return articles.filter((a) => a.mentions.some((m) => m.kind === kind && ids.has(m.id)) || (kind === 'place' && a.regions.some((r) => ids.has(r))));
}

/** The distinct places or initiatives some reports name, most mentioned first, then by id. */
export function namedIn(articles: readonly Article[], kind: TermKind): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const m of a.mentions) if (m.kind === kind) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** Reports ranked by shared initiatives (weight 2) and shared places (weight 1); ties keep site order. */
export function relatedArticles(site: Pick<Site, 'articles'>, article: Article, limit = 3): { article: Article; shared: number }[] {
  const initiatives = new Set(namedIn([article], 'initiative'));
  const places = new Set(namedIn([article], 'place'));
  return site.articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      article: other,
      shared: namedIn([other], 'initiative').filter((id) => initiatives.has(id)).length * 2 + namedIn([other], 'place').filter((id) => places.has(id)).length,
    }))
    .filter((r) => r.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit);
}

/** Initiatives listed as related, then those named in the same paragraphs most often. */
export function relatedInitiatives(site: Pick<Site, 'articles' | 'initiatives'>, id: string, limit = 8): string[] {
  const own = site.initiatives.find((i) => i.id === id);
  const declared = [...(own?.related ?? []), ...site.initiatives.filter((i) => i.related.includes(id)).map((i) => i.id)];
  const counts = new Map<string, number>();
  for (const article of site.articles) {
    const blocks = new Set(article.mentions.filter((m) => m.kind === 'initiative' && m.id === id).map((m) => m.blockId));
    for (const m of article.mentions) {
      if (m.kind === 'initiative' && m.id !== id && blocks.has(m.blockId)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    }
  }
  const cooccurring = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([other]) => other);
  return [...new Set([...declared, ...cooccurring])].slice(0, limit);
}
