import { jsonFeed, siteChannel } from '@/lib/feeds';
import { siteFeedItems } from '@/lib/site-feed';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(jsonFeed(siteChannel(), await siteFeedItems()), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
