import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { PlaceTree } from '@/components/taxonomy/place-tree';
import { getSite } from '@/lib/content/load-site';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { regionsHref } from '@/lib/i18n/routes';

export const metadata: Metadata = pageMetadata({ path: regionsHref, title: '地区', description: '报道中提到的全部地点，按行政层级排列。' });

export default function RegionsPage() {
  const { places, articles } = getSite();
  const counts = new Map<string, number>();
  for (const a of articles) for (const m of a.mentions) if (m.kind === 'place') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return (
    <div className="mx-auto max-w-6xl px-3 pb-8 sm:px-6">
      <PageIntro title="地区">报道中提到的 {places.length} 个地点，按省、市、县（区）、乡镇街道、村社区的层级排列。</PageIntro>
      <nav aria-label="地区层级" className="pt-6">
        <PlaceTree places={places} parent={null} counts={counts} />
      </nav>
    </div>
  );
}
