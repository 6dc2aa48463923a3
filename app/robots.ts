import type { MetadataRoute } from 'next';
import { sitemapHref } from '@/lib/i18n/routes';
import { absoluteUrl } from '@/lib/seo/site-url';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(sitemapHref) };
}
