import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content';
import { absoluteUrl, languageAlternates } from '@/lib/routes';
import { CONTENT_REVISED } from '@/lib/site';
import { sitePaths } from '@/lib/site-pages';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths(getSite()).map((path) => ({
    url: absoluteUrl(path),
    lastModified: CONTENT_REVISED,
    alternates: { languages: languageAlternates(path) },
  }));
}
