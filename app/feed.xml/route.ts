import { rssFeed, siteChannel } from '@/lib/seo/feeds';
import { siteFeedItems } from '@/components/feed/feed-items';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(rssFeed(siteChannel(), await siteFeedItems()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
