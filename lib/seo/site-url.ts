import { neutralPath, sitePath } from '../i18n/routes';

/**
 * The public origin every absolute URL (canonical, feeds, sitemap, Open Graph, JSON-LD) is built on.
 * Production builds must set SITE_URL; the default is what the quick start serves.
 */
export const SITE_URL = siteOrigin(process.env.SITE_URL ?? 'http://localhost:3000');

/** "/regions/x" → "https://example.org/regions/x", on the origin set by SITE_URL. */
export const absoluteUrl = (path: string) => {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl needs a site path starting with “/” (got “${path}”)`);
  return `${SITE_URL}${path}`;
};

/** hreflang alternates of a page of this build: Simplified (also the default for other languages) and Traditional. */
export const languageAlternates = (path: string) => ({
  'zh-Hans': absoluteUrl(sitePath(neutralPath(path), 'hans')),
  'zh-Hant': absoluteUrl(sitePath(neutralPath(path), 'hant')),
  'x-default': absoluteUrl(sitePath(neutralPath(path), 'hans')),
});

export function siteOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org (got “${value}”)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an http(s) origin with no path, query or hash, such as https://example.org (got “${value}”)`);
  }
  return url.origin;
}
