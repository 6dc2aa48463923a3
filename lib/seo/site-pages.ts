import type { Site } from '../content/load-site';
import {
  aboutHref,
  articleHref,
  cooperationHref,
  homeHref,
  initiativeHref,
  initiativesHref,
  placeHref,
  regionsHref,
  themeHref,
  timelineHref,
} from '../i18n/routes';
import { THEMES } from '../content/themes';

/** Every page the site builds, as its path: what the sitemap lists. */
export function sitePaths(site: Pick<Site, 'articles' | 'places' | 'initiatives'>): string[] {
  return [
    homeHref,
    ...site.articles.map((a) => articleHref(a.slug)),
    ...THEMES.map((t) => themeHref(t.id)),
    regionsHref,
    ...site.places.map((p) => placeHref(p.id)),
    initiativesHref,
    ...site.initiatives.map((i) => initiativeHref(i.id)),
    cooperationHref,
    timelineHref,
    aboutHref,
  ];
}
