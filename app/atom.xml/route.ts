import { atomFeed, siteChannel } from '@/lib/feeds';
import { siteFeedItems } from '@/lib/site-feed';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(atomFeed(siteChannel(), await siteFeedItems()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
