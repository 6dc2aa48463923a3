import { SITE_URL } from './site';
import type { ThemeId } from './themes';

export const homeHref = '/';
export const regionsHref = '/regions';
export const initiativesHref = '/initiatives';
export const cooperationHref = '/cooperation';
export const timelineHref = '/timeline';
export const aboutHref = '/about';
export const articleHref = (slug: string, blockId?: string) => `/articles/${slug}${blockId ? `#${blockId}` : ''}`;
export const placeHref = (id: string) => `/regions/${id}`;
export const initiativeHref = (id: string) => `/initiatives/${id}`;
export const themeHref = (id: ThemeId) => `/themes/${id}`;
export const termHref = (term: { kind: 'place' | 'initiative'; id: string }) => (term.kind === 'place' ? placeHref(term.id) : initiativeHref(term.id));

export const FEEDS = [
  { href: '/feed.xml', type: 'application/rss+xml', label: 'RSS' },
  { href: '/atom.xml', type: 'application/atom+xml', label: 'Atom' },
  { href: '/feed.json', type: 'application/feed+json', label: 'JSON Feed' },
] as const;
export const sitemapHref = '/sitemap.xml';

/** A 1200×630 social card: the site's, or a theme's (scripts/make-social-images.mjs). */
export const socialImageHref = (theme?: ThemeId) => `/og/${theme ?? 'site'}.png`;
export const logoHref = '/og/logo.png';

/** The same page in Traditional Chinese. */
export const hantHref = (path: string) => (path === '/' ? '/zh-hant' : `/zh-hant${path}`);

/** "/regions/x" → "https://example.org/regions/x", on the origin set by SITE_URL. */
export const absoluteUrl = (path: string) => {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl needs a site path starting with “/” (got “${path}”)`);
  return `${SITE_URL}${path}`;
};

/** hreflang alternates of a page: Simplified (also the default for other languages) and Traditional. */
export const languageAlternates = (path: string) => ({
  'zh-Hans': absoluteUrl(path),
  'zh-Hant': absoluteUrl(hantHref(path)),
  'x-default': absoluteUrl(path),
});
