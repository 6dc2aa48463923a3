import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageIntro, Section } from '@/components/layout/page-intro';
import { JsonLd } from '@/components/seo/json-ld';
import { MentionList } from '@/components/taxonomy/mention-list';
import { TagLinks } from '@/components/taxonomy/tag-links';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { mentionsOf, relatedInitiatives } from '@/lib/taxonomy/relations';
import { categoryHref, initiativeHref, placeHref } from '@/lib/i18n/routes';
import { breadcrumbLd, initiativeTrail } from '@/lib/seo/structured-data';
import { CATEGORY_NAMES } from '@/lib/taxonomy/schema';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().initiatives.map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/initiatives/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const initiative = getSite().initiatives.find((i) => i.id === id);
  return initiative ? pageMetadata({ path: initiativeHref(initiative.id), title: initiative.name, description: initiative.description }) : {};
}

export default async function InitiativePage({ params }: PageProps<'/initiatives/[id]'>) {
  const { id } = await params;
  const site = getSite();
  const initiative = site.initiatives.find((i) => i.id === id);
  if (!initiative) notFound();
  const name = (id: string) => site.initiatives.find((i) => i.id === id)?.name ?? id;
  return (
    <div className="mx-auto max-w-6xl px-3 pb-8 sm:px-6">
      <JsonLd data={breadcrumbLd(initiativeTrail(initiative))} />
      <PageIntro
        eyebrow={
          <a href={categoryHref(initiative.category)} className="inline-flex min-h-11 items-center underline decoration-rule hover:text-ink">
            {CATEGORY_NAMES[initiative.category]}
          </a>
        }
        title={initiative.name}
      >
        <p>{initiative.description}</p>
        {initiative.aliases.length > 0 ? <p className="mt-2 text-base">报道中也写作：{initiative.aliases.join('、')}</p> : null}
      </PageIntro>
      <Section id="places" title="地点">
        <TagLinks label="地点" tags={initiative.places.map((id) => ({ href: placeHref(id), label: site.places.find((p) => p.id === id)?.name ?? id }))} />
      </Section>
      <Section id="mentions" title="报道原文中的提及">
        <MentionList hits={mentionsOf(site.articles, 'initiative', new Set([initiative.id]))} />
      </Section>
      <Section id="related" title="相关举措">
        <TagLinks label="相关举措" tags={relatedInitiatives(site, initiative.id).map((id) => ({ href: initiativeHref(id), label: name(id) }))} />
      </Section>
    </div>
  );
}
