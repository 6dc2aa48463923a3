import type { Article } from '../content/load-site';
import { isoDate } from '../content/dates';
import { contributorsOf, writersOf } from '../content/people';
import { articleHref, homeHref, initiativeHref, initiativesHref, logoHref, placeHref, regionsHref, socialImageHref, themeHref } from '../i18n/routes';
import { absoluteUrl } from './site-url';
import type { Place } from '../content/schema';
import { CONTENT_LANGUAGE, SITE_NAME, SITE_PURPOSE } from '../site/identity';
import { themeById, type ThemeId } from '../content/themes';

// schema.org JSON-LD. Dates are as precise as the text: "2023" when only the year is known.

type Crumb = { name: string; path: string };

const persons = (names: readonly string[]) => names.map((name) => ({ '@type': 'Person', name }));

function publisher() {
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: absoluteUrl(homeHref),
    logo: { '@type': 'ImageObject', url: absoluteUrl(logoHref), width: 512, height: 512 },
  };
}

export function websiteLd() {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    description: SITE_PURPOSE,
    url: absoluteUrl(homeHref),
    inLanguage: CONTENT_LANGUAGE,
    publisher: publisher(),
  };
}

/** Our edition of a report, based on the paper's text (isBasedOn), with the paper's people and date. */
export function newsArticleLd(article: Article, places: readonly Place[]) {
  const url = absoluteUrl(articleHref(article.slug));
  const datePublished = isoDate(article.date);
  const writers = persons(writersOf(article.people));
  const contributors = persons(contributorsOf(article.people));
  const regions = article.regions.flatMap((id) => places.filter((p) => p.id === id).map((p) => ({ '@type': 'Place', name: p.name })));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    url,
    mainEntityOfPage: url,
    headline: article.title,
    ...(article.kicker ? { alternativeHeadline: article.kicker } : {}),
    description: article.summary,
    inLanguage: CONTENT_LANGUAGE,
    image: [{ '@type': 'ImageObject', url: absoluteUrl(socialImageHref(article.theme)), width: 1200, height: 630 }],
    datePublished,
    ...(writers.length > 0 ? { author: writers } : {}),
    ...(contributors.length > 0 ? { contributor: contributors } : {}),
    publisher: publisher(),
    articleSection: themeById(article.theme).name,
    spatialCoverage: regions,
    isAccessibleForFree: true,
    isBasedOn: {
      '@type': 'CreativeWork',
      name: article.title,
      ...(article.source.publication ? { publisher: { '@type': 'Organization', name: article.source.publication } } : {}),
      ...(article.source.note ? { description: article.source.note } : {}),
      ...(writers.length > 0 ? { author: writers } : {}),
      datePublished,
      identifier: article.source.seed,
    },
  };
}

export function breadcrumbLd(trail: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}

const HOME: Crumb = { name: '首页', path: homeHref };

export function themeTrail(theme: ThemeId): Crumb[] {
  return [HOME, { name: themeById(theme).name, path: themeHref(theme) }];
}

export function articleTrail(article: Pick<Article, 'slug' | 'title' | 'theme'>): Crumb[] {
  return [...themeTrail(article.theme), { name: article.title, path: articleHref(article.slug) }];
}

/** Down the place hierarchy, as the page's visible breadcrumb: 地区 › 浙江省 › 杭州市 › 萧山区. */
export function placeTrail(ancestry: readonly Place[]): Crumb[] {
  return [HOME, { name: '地区', path: regionsHref }, ...ancestry.map((p) => ({ name: p.name, path: placeHref(p.id) }))];
}

export function initiativeTrail(initiative: { id: string; name: string }): Crumb[] {
  return [HOME, { name: '举措', path: initiativesHref }, { name: initiative.name, path: initiativeHref(initiative.id) }];
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
