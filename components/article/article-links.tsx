import { TagLinks } from '@/components/taxonomy/tag-links';
import type { Article, Site } from '@/lib/content/load-site';
import { namedIn, relatedArticles } from '@/lib/taxonomy/relations';
import { articleHref, initiativeHref, placeHref } from '@/lib/i18n/routes';

/** Beside a report: the places and initiatives it names, and the reports that share the most with it. */
export function ArticleLinks({ article, site }: { article: Article; site: Site }) {
  const name = (list: readonly { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const related = relatedArticles(site, article);
  const groups = [
    {
      id: 'named-places',
      title: '本文涉及的地点',
      label: '地点',
      tags: namedIn([article], 'place').map((id) => ({ href: placeHref(id), label: name(site.places, id) })),
    },
    {
      id: 'named-initiatives',
      title: '本文涉及的举措',
      label: '举措',
      tags: namedIn([article], 'initiative').map((id) => ({ href: initiativeHref(id), label: name(site.initiatives, id) })),
    },
  ];
  return (
    <aside aria-label="本文涉及与相关报道" className="mt-12 space-y-8 print:hidden">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <h2 id={group.id} className="mb-3 font-bold text-ink">
            {group.title}
          </h2>
          <TagLinks label={group.label} tags={group.tags} />
        </section>
      ))}
      {related.length > 0 ? (
        <section aria-labelledby="related-reports">
          <h2 id="related-reports" className="mb-3 font-bold text-ink">
            相关报道
          </h2>
          <ul className="space-y-2">
            {related.map(({ article: other }) => (
              <li key={other.slug}>
                <a href={articleHref(other.slug)} className="inline-flex min-h-11 items-center text-ink underline decoration-rule hover:text-[var(--accent)]">
                  {other.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
