import type { Article } from '@/lib/content/load-site';
import { articleHref, initiativeHref } from '@/lib/i18n/routes';
import { CATEGORY_IDS, CATEGORY_NAMES, type Initiative } from '@/lib/taxonomy/schema';

/** What the search page shows before a search, and all it can show without JavaScript: everything, by kind. */
export function SearchCatalogue({ articles, initiatives }: { articles: Article[]; initiatives: Initiative[] }) {
  const groups = CATEGORY_IDS.map((id) => ({ id, items: initiatives.filter((i) => i.category === id) })).filter((g) => g.items.length > 0);
  return (
    <div className="mt-8 space-y-8">
      <section aria-labelledby="catalogue-reports">
        <h2 id="catalogue-reports" className="border-l-4 border-brand pl-3 text-xl font-bold text-ink">
          全部报道 <span className="text-base font-normal text-muted">{articles.length} 篇</span>
        </h2>
        <ul className="mt-3 space-y-1">
          {articles.map((a) => (
            <li key={a.slug}>
              <a
                href={articleHref(a.slug)}
                className="inline-flex min-h-11 items-center text-lg text-ink underline decoration-rule underline-offset-4 hover:text-brand hover:decoration-brand"
              >
                {a.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="catalogue-initiatives">
        <h2 id="catalogue-initiatives" className="border-l-4 border-brand pl-3 text-xl font-bold text-ink">
          全部举措 <span className="text-base font-normal text-muted">{initiatives.length} 项，按类别</span>
        </h2>
        {groups.map((group) => (
          <div key={group.id} className="mt-5">
            <h3 className="font-bold text-muted">
              {CATEGORY_NAMES[group.id]} <span className="font-normal">{group.items.length}</span>
            </h3>
            <ul className="mt-1 flex flex-wrap gap-x-1">
              {group.items.map((i) => (
                <li key={i.id} className="after:text-rule after:content-['·'] last:after:content-none">
                  <a href={initiativeHref(i.id)} className="inline-flex min-h-11 items-center px-1 text-ink hover:text-brand">
                    {i.name}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
