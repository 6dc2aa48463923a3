import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content';
import { languageAlternates } from '@/lib/routes';
import { CONTENT_REVISED } from '@/lib/site';
import { sitePaths } from '@/lib/site-pages';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  // Both scripts of every page, each entry naming all its language versions, itself included.
  return sitePaths(getSite()).flatMap((path) => {
    const languages = languageAlternates(path);
    return [languages['zh-Hans'], languages['zh-Hant']].map((url) => ({ url, lastModified: CONTENT_REVISED, alternates: { languages } }));
  });
}
