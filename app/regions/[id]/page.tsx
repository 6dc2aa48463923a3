import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/home/article-card';
import { PageIntro, Section } from '@/components/layout/page-intro';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumb } from '@/components/taxonomy/breadcrumb';
import { MentionList } from '@/components/taxonomy/mention-list';
import { PartnershipList } from '@/components/taxonomy/partnership-list';
import { TagLinks } from '@/components/taxonomy/tag-links';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { PLACE_KIND_NAMES } from '@/lib/taxonomy/place-kinds';
import { ancestry, childrenOf, subtree } from '@/lib/taxonomy/places';
import { articlesAbout, mentionsOf } from '@/lib/taxonomy/relations';
import { initiativeHref, placeHref } from '@/lib/i18n/routes';
import { breadcrumbLd, placeTrail } from '@/lib/seo/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().places.map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/regions/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const place = getSite().places.find((p) => p.id === id);
  return place ? pageMetadata({ path: placeHref(place.id), title: place.name, description: `报道中关于${place.name}的段落、举措与协作伙伴。` }) : {};
}

export default async function RegionPage({ params }: PageProps<'/regions/[id]'>) {
  const { id } = await params;
  const site = getSite();
  const place = site.places.find((p) => p.id === id);
  if (!place) notFound();
  const within = subtree(site.places, place.id);
  const initiatives = site.initiatives.filter((i) => i.places.some((p) => within.has(p)));
  const children = childrenOf(site.places, place.id);
  const reports = articlesAbout(site.articles, 'place', within);
  const trail = ancestry(site.places, place.id);
  return (
    <div className="mx-auto max-w-6xl px-3 pb-8 sm:px-6">
      <JsonLd data={breadcrumbLd(placeTrail(trail))} />
      <div className="pt-4">
        <Breadcrumb trail={trail} />
      </div>
      <PageIntro eyebrow={PLACE_KIND_NAMES[place.kind]} title={place.name}>
        {place.aliases.length > 0 ? <p>报道中也写作：{place.aliases.join('、')}</p> : null}
      </PageIntro>
      {children.length > 0 ? (
        <Section id="children" title="下辖地点">
          <TagLinks label="下辖地点" tags={children.map((p) => ({ href: placeHref(p.id), label: p.name }))} />
        </Section>
      ) : null}
      <Section id="reports" title="相关报道">
        <ul className="grid gap-4 md:grid-cols-2">
          {reports.map((a) => (
            <ArticleCard key={a.slug} article={a} />
          ))}
        </ul>
        {reports.length === 0 ? <p className="text-muted">暂无。</p> : null}
      </Section>
      <Section id="mentions" title="报道原文中的提及">
        <MentionList hits={mentionsOf(site.articles, 'place', new Set([place.id]))} />
      </Section>
      <Section id="initiatives" title="这里的举措">
        <TagLinks label="举措" tags={initiatives.map((i) => ({ href: initiativeHref(i.id), label: i.name }))} />
      </Section>
      <Section id="partners" title="协作伙伴">
        <PartnershipList partnerships={site.partnerships.filter((p) => p.places.some((id) => within.has(id)))} places={site.places} />
      </Section>
    </div>
  );
}
