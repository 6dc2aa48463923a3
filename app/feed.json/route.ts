import { jsonFeed, siteChannel } from '@/lib/seo/feeds';
import { siteFeedItems } from '@/components/feed/feed-items';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(jsonFeed(siteChannel(), await siteFeedItems()), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
