import { articleHtml } from './article-html';
import { getSite } from '@/lib/content/load-site';
import { feedItem, type FeedItem } from '@/lib/seo/feeds';

/** Every report, full text included, in the site's reading order: what all three feeds carry. */
export async function siteFeedItems(): Promise<FeedItem[]> {
  const { articles, matcher } = getSite();
  return Promise.all(articles.map(async (article) => feedItem(article, await articleHtml(article, matcher))));
}
