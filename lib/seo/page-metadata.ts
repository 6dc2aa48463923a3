import type { Metadata } from 'next';
import type { Article } from '../content/load-site';
import { isoDate } from '../content/dates';
import { articleHref, FEEDS, socialImageHref } from '../i18n/routes';
import { absoluteUrl, languageAlternates } from './site-url';
import { OG_LOCALE, SITE_NAME, SITE_TAGLINE } from '../site/identity';
import { SITE_URL } from './site-url';
import { themeById, type ThemeId } from '../content/themes';

export const SITE_TITLE = `${SITE_NAME} · ${SITE_TAGLINE}`;
export const SITE_DESCRIPTION = '浙江萧山、平湖、龙湾、乐清与杭州推进共同富裕，以及山海协作、东西部协作、对口支援与对口合作的报道全文。';

// Feed autodiscovery. Next replaces `alternates` as a whole in each page's metadata, so every page repeats them.
const feedLinks = Object.fromEntries(FEEDS.map((feed) => [feed.type, [{ url: absoluteUrl(feed.href), title: `${SITE_NAME} · ${feed.label}` }]]));

/** What the social card shows, for screen readers and link previews that cannot load it. */
export function socialImageAlt(theme?: ThemeId): string {
  if (!theme) return `${SITE_NAME}：${SITE_TAGLINE}`;
  const { name, tagline } = themeById(theme);
  return `${SITE_NAME}专题“${name}”：${tagline}`;
}

function socialImage(theme?: ThemeId) {
  return { url: absoluteUrl(socialImageHref(theme)), width: 1200, height: 630, alt: socialImageAlt(theme), type: 'image/png' };
}

/** Defaults for every page (the 404 page included): site title, feeds and the site's social card. */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: SITE_TITLE, template: `%s | ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    icons: { icon: '/favicon.svg' },
    alternates: { types: feedLinks },
    openGraph: { type: 'website', locale: OG_LOCALE, siteName: SITE_NAME, title: SITE_TITLE, description: SITE_DESCRIPTION, images: [socialImage()] },
    twitter: { card: 'summary_large_image', title: SITE_TITLE, description: SITE_DESCRIPTION, images: [socialImage()] },
  };
}

type PageFacts = {
  path: string;
  /** Omitted on the home page, which carries the site's own title. */
  title?: string;
  description: string;
  theme?: ThemeId;
  /** Reports only: og:type article, its section, and a publication time only when the paper states the day. */
  article?: { section: string; publishedTime?: string };
};

/** Canonical URL, hreflang alternates, feeds, Open Graph and Twitter card for one page. */
export function pageMetadata({ path, title, description, theme, article }: PageFacts): Metadata {
  const url = absoluteUrl(path);
  const shareTitle = title ?? SITE_TITLE;
  const shared = { locale: OG_LOCALE, siteName: SITE_NAME, url, title: shareTitle, description, images: [socialImage(theme)] };
  return {
    title: title ?? { absolute: SITE_TITLE },
    description,
    alternates: { canonical: url, languages: languageAlternates(path), types: feedLinks },
    openGraph: article ? { ...shared, type: 'article', ...article } : { ...shared, type: 'website' },
    twitter: { card: 'summary_large_image', title: shareTitle, description, images: [socialImage(theme)] },
  };
}

export function articleMetadata(article: Article): Metadata {
  return pageMetadata({
    path: articleHref(article.slug),
    title: article.title,
    description: article.summary,
    theme: article.theme,
    article: {
      section: themeById(article.theme).name,
      ...(article.date.value.length === 10 ? { publishedTime: isoDate(article.date) } : {}),
    },
  });
}
