import type { Site } from '../content/load-site';
import { subtree } from './places';
import { namedIn } from './relations';
import type { ThemeId } from '../content/themes';

/** What a themed page shows, derived from the one loaded site. */
export function themeView(site: Site, id: ThemeId) {
  const entry = site.themes.find((t) => t.id === id);
  const articles = site.articles.filter((a) => a.theme === id);
  const placeIds = new Set((entry?.places ?? []).flatMap((p) => [...subtree(site.places, p)]));
  return {
    entry,
    articles,
    initiatives: namedIn(articles, 'initiative').flatMap((iid) => site.initiatives.filter((i) => i.id === iid)),
    partnerships: site.partnerships.filter((p) => p.places.some((pl) => placeIds.has(pl))),
    places: (entry?.places ?? []).flatMap((pid) => site.places.filter((p) => p.id === pid)),
  };
}
