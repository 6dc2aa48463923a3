import { SCRIPT, SCRIPT_PREFIX, type Script } from './script';
import type { ThemeId } from '../content/themes';

/** A site path in a script: the Traditional build keeps every link under /zh-hant. */
export const sitePath = (path: string, script: Script = SCRIPT) =>
  path === '/' && SCRIPT_PREFIX[script] ? SCRIPT_PREFIX[script] : `${SCRIPT_PREFIX[script]}${path}`;

/** A path of this build without its script prefix: "/zh-hant/regions" → "/regions". */
export const neutralPath = (path: string) => {
  const prefix = SCRIPT_PREFIX[SCRIPT];
  return prefix && (path === prefix || path.startsWith(`${prefix}/`)) ? path.slice(prefix.length) || '/' : path;
};

/** The same page in the other script, from its script-neutral path (what usePathname gives in either build). */
export const otherScriptPath = (path: string) => sitePath(path, SCRIPT === 'hans' ? 'hant' : 'hans');

export const homeHref = sitePath('/');
export const regionsHref = sitePath('/regions');
export const initiativesHref = sitePath('/initiatives');
export const cooperationHref = sitePath('/cooperation');
export const timelineHref = sitePath('/timeline');
export const aboutHref = sitePath('/about');
export const articleHref = (slug: string, blockId?: string) => sitePath(`/articles/${slug}${blockId ? `#${blockId}` : ''}`);
export const placeHref = (id: string) => sitePath(`/regions/${id}`);
export const initiativeHref = (id: string) => sitePath(`/initiatives/${id}`);
export const categoryHref = (category: string) => sitePath(`/initiatives#category-${category}`);
export const themeHref = (id: ThemeId) => sitePath(`/themes/${id}`);
export const searchHref = (query?: string) => sitePath(`/search${query ? `?q=${encodeURIComponent(query)}` : ''}`);
/** This build's search index: its display text is in the build's script, its match keys folded to Simplified. */
export const searchIndexHref = () => sitePath('/search-index.json');
export const termHref = (term: { kind: 'place' | 'initiative'; id: string }) => (term.kind === 'place' ? placeHref(term.id) : initiativeHref(term.id));

/** Full-text feeds in this build's script. */
export const FEEDS = [
  { href: sitePath('/feed.xml'), type: 'application/rss+xml', label: 'RSS' },
  { href: sitePath('/atom.xml'), type: 'application/atom+xml', label: 'Atom' },
  { href: sitePath('/feed.json'), type: 'application/feed+json', label: 'JSON Feed' },
] as const;
export const sitemapHref = '/sitemap.xml';

/** A 1200×630 social card, the site's or a theme's, in the build's script: the Traditional twins are in /og/zh-hant/. */
export const socialImageHref = (theme?: ThemeId, script: Script = SCRIPT) => `/og/${script === 'hant' ? 'zh-hant/' : ''}${theme ?? 'site'}.png`;
export const logoHref = '/og/logo.png';
