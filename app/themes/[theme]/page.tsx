import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/home/article-card';
import { Section } from '@/components/layout/page-intro';
import { KeyFigures } from '@/components/taxonomy/key-figures';
import { PartnershipList } from '@/components/taxonomy/partnership-list';
import { TagLinks } from '@/components/taxonomy/tag-links';
import { JsonLd } from '@/components/seo/json-ld';
import { ThemeBanner } from '@/components/taxonomy/theme-banner';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { initiativeHref, placeHref, themeHref } from '@/lib/i18n/routes';
import { breadcrumbLd, themeTrail } from '@/lib/seo/structured-data';
import { themeView } from '@/lib/taxonomy/theme-view';
import { THEMES } from '@/lib/content/themes';

export const dynamicParams = false;

export function generateStaticParams() {
  return THEMES.map(({ id }) => ({ theme: id }));
}

const findTheme = (id: string) => THEMES.find((t) => t.id === id);

export async function generateMetadata({ params }: PageProps<'/themes/[theme]'>): Promise<Metadata> {
  const theme = findTheme((await params).theme);
  if (!theme) return {};
  const description = getSite().themes.find((t) => t.id === theme.id)?.overview ?? `${theme.name}（${theme.tagline}）的共同富裕报道。`;
  return pageMetadata({ path: themeHref(theme.id), title: theme.name, description, theme: theme.id });
}

export default async function ThemePage({ params }: PageProps<'/themes/[theme]'>) {
  const theme = findTheme((await params).theme);
  if (!theme) notFound();
  const view = themeView(getSite(), theme.id);
  return (
    <div data-theme={theme.id}>
      <JsonLd data={breadcrumbLd(themeTrail(theme.id))} />
      <header className="relative overflow-hidden border-b-4 border-[var(--accent)] bg-[var(--accent-wash)] text-[var(--accent)]">
        <ThemeBanner theme={theme.id} />
        <div className="relative mx-auto max-w-6xl px-3 py-10 sm:px-6 sm:py-16">
          <p className="text-sm font-bold tracking-widest">专题 · {theme.tagline}</p>
          <h1 className="mt-2 text-4xl font-bold tracking-wide text-ink sm:text-5xl">{theme.name}</h1>
          {view.entry ? <p className="mt-5 max-w-3xl font-serif text-lg leading-relaxed text-ink sm:text-xl">{view.entry.overview}</p> : null}
        </div>
      </header>
      <div className="mx-auto max-w-6xl px-3 sm:px-6">
        {view.entry && view.entry.figures.length > 0 ? (
          <Section id="figures" title="关键数字">
            <KeyFigures figures={view.entry.figures} />
          </Section>
        ) : null}
        <Section id="reports" title="报道">
          <ul className="grid gap-4 md:grid-cols-2">
            {view.articles.map((a) => (
              <ArticleCard key={a.slug} article={a} />
            ))}
          </ul>
        </Section>
        <Section id="initiatives" title="报道中的举措">
          <TagLinks label="举措" tags={view.initiatives.map((i) => ({ href: initiativeHref(i.id), label: i.name }))} />
        </Section>
        <Section id="partnerships" title="协作伙伴">
          <PartnershipList partnerships={view.partnerships} places={getSite().places} />
        </Section>
        <Section id="places" title="地点">
          <TagLinks label="地点" tags={view.places.map((p) => ({ href: placeHref(p.id), label: p.name }))} />
        </Section>
      </div>
    </div>
  );
}
