import type { Metadata } from 'next';
import { ArticleCard } from '@/components/home/article-card';
import { JsonLd } from '@/components/seo/json-ld';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata, SITE_DESCRIPTION } from '@/lib/seo/page-metadata';
import { SITE_PURPOSE } from '@/lib/site/identity';
import { homeHref, themeHref } from '@/lib/i18n/routes';
import { websiteLd } from '@/lib/seo/structured-data';
import { THEMES } from '@/lib/content/themes';

export const metadata: Metadata = pageMetadata({ path: homeHref, description: SITE_DESCRIPTION });

export default function HomePage() {
  const { articles } = getSite();
  return (
    <div className="mx-auto max-w-6xl px-3 sm:px-6">
      <JsonLd data={websiteLd()} />
      <section aria-labelledby="home-title" className="border-b border-rule py-10 sm:py-14">
        <h1 id="home-title" className="text-3xl font-bold tracking-wide text-ink sm:text-5xl">
          共同富裕，在浙江的土地上
        </h1>
        <p className="mt-4 max-w-3xl font-serif text-lg leading-relaxed text-muted sm:text-xl">{SITE_PURPOSE}</p>
        <nav aria-label="专题" className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {THEMES.map((theme) => (
              <li key={theme.id} data-theme={theme.id}>
                <a
                  href={themeHref(theme.id)}
                  className="inline-flex min-h-11 items-center gap-2 rounded-full border border-rule bg-paper px-4 text-ink hover:border-[var(--accent)] hover:text-[var(--accent)]"
                >
                  <span aria-hidden="true" className="size-2.5 rounded-full bg-[var(--accent)]" />
                  {theme.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </section>
      <div id="reports" className="scroll-mt-4">
        <h2 className="sr-only">全部报道</h2>
        {THEMES.map((theme) => {
          const inTheme = articles.filter((a) => a.theme === theme.id);
          if (inTheme.length === 0) return null;
          return (
            <section
              key={theme.id}
              id={`theme-${theme.id}`}
              data-theme={theme.id}
              aria-labelledby={`theme-${theme.id}-title`}
              className="border-b border-rule py-8 last:border-0 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-8"
            >
              <div className="mb-4 flex items-baseline gap-3 border-l-4 border-[var(--accent)] pl-3 lg:mb-0 lg:flex-col lg:items-start lg:gap-1 lg:self-start">
                <h2 id={`theme-${theme.id}-title`} className="text-2xl font-bold text-[var(--accent)]">
                  <a href={themeHref(theme.id)} className="inline-flex min-h-11 items-center hover:underline">
                    {theme.name}
                  </a>
                </h2>
                <p className="text-sm text-muted">{theme.tagline}</p>
              </div>
              <ul className="grid gap-4 md:grid-cols-2 md:[&>li:only-child]:col-span-2">
                {inTheme.map((article) => (
                  <ArticleCard key={article.slug} article={article} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
