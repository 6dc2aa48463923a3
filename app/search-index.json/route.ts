import { getSite } from '@/lib/content/load-site';
import { buildSearchIndex } from '@/lib/search/build-index';
import { traditionalFoldMap } from '@/lib/search/fold-map';

// Written once by `next build` as out/search-index.json; fetched only when a reader starts to search.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchIndex(getSite(), traditionalFoldMap()));
}
