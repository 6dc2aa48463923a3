import { rssFeed, siteChannel } from '@/lib/feeds';
import { siteFeedItems } from '@/lib/site-feed';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(rssFeed(siteChannel(), await siteFeedItems()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
