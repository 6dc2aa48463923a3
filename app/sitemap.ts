import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content/load-site';
import { languageAlternates } from '@/lib/seo/site-url';
import { CONTENT_REVISED } from '@/lib/site/identity';
import { sitePaths } from '@/lib/seo/site-pages';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  // Both scripts of every page, each entry naming all its language versions, itself included.
  return sitePaths(getSite()).flatMap((path) => {
    const languages = languageAlternates(path);
    return [languages['zh-Hans'], languages['zh-Hant']].map((url) => ({ url, lastModified: CONTENT_REVISED, alternates: { languages } }));
  });
}
