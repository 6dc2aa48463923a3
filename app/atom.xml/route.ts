import { atomFeed, siteChannel } from '@/lib/seo/feeds';
import { siteFeedItems } from '@/components/feed/feed-items';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(atomFeed(siteChannel(), await siteFeedItems()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
